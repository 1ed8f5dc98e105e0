// The one form mechanism (useZodForm) in a simulated browser, through a small form of its own: the
// schema and the messages are the real ones; the request is a stub the test answers.
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type SubmitEvent } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { ApiResult } from "@/lib/http/client";
import { ZId, ZText } from "@/lib/http/text";
import { I18nProvider } from "@/components/ui/I18nProvider";
import { useZodForm } from "@/components/ui/form/useZodForm";

const refresh = vi.hoisted(() => vi.fn());
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));

const ZNoteAndReason = z.object({
  claimId: ZId,
  note: ZText({ max: 50, required: "validation.noteRequired" }),
  reason: ZText({ max: 50, required: "validation.reasonRequired" }),
});

type Send = (data: z.output<typeof ZNoteAndReason>) => Promise<ApiResult<{ version: number }>>;

function Harness({
  send,
  claimId = "claim-1",
  onSuccess,
  onConflict,
}: {
  send: Send;
  claimId?: string;
  onSuccess?: (d: { version: number }) => void;
  onConflict?: (details: unknown) => void;
}) {
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const form = useZodForm({
    fields: ["note", "reason"] as const,
    focus: (f) => document.getElementById(f)?.focus(),
  });
  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    await form.submit(ZNoteAndReason, { claimId, note, reason }, send, { onSuccess, onConflict });
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <label htmlFor="note">Note</label>
      <input
        id="note"
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          form.clearError("note");
        }}
      />
      {form.errors.note && <p data-testid="note-error">{form.errors.note}</p>}
      <label htmlFor="reason">Reason</label>
      <input id="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      {form.errors.reason && <p data-testid="reason-error">{form.errors.reason}</p>}
      {form.alert && (
        <p role="alert" data-code={form.alert.code}>
          {form.alert.message}
        </p>
      )}
      <button type="submit" disabled={form.busy} aria-busy={form.busy || undefined}>
        Send
      </button>
    </form>
  );
}

function renderForm(props: Parameters<typeof Harness>[0]) {
  const user = userEvent.setup();
  render(
    <I18nProvider locale="en" timeZone="UTC">
      <Harness {...props} />
    </I18nProvider>,
  );
  return { user };
}

const send = vi.fn<Send>();
const button = () => screen.getByRole("button", { name: "Send" }) as HTMLButtonElement;

beforeEach(() => {
  send.mockReset();
  refresh.mockReset();
});

describe("useZodForm", () => {
  it("checks the input with the schema first: messages at their fields, focus on the first one, nothing sent", async () => {
    const { user } = renderForm({ send });
    await user.type(screen.getByLabelText("Reason"), "typo");
    await user.click(button());
    expect(screen.getByTestId("note-error").textContent).toBe("Say what needs to change.");
    expect(screen.queryByTestId("reason-error")).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText("Note"));
    expect(send).not.toHaveBeenCalled();

    // Typing in the field clears its message.
    await user.type(screen.getByLabelText("Note"), "x");
    expect(screen.queryByTestId("note-error")).toBeNull();
  });

  it("says what is wrong with input that has no field of its own as the form's alert", async () => {
    const { user } = renderForm({ send, claimId: "" });
    await user.type(screen.getByLabelText("Note"), "Name the officials");
    await user.type(screen.getByLabelText("Reason"), "Unclear source");
    await user.click(button());
    expect(screen.getByRole("alert").textContent).not.toBe("");
    expect(send).not.toHaveBeenCalled();
  });

  it("sends the parsed value once, is busy until answered, then reports success and refreshes the page", async () => {
    let answer!: (r: ApiResult<{ version: number }>) => void;
    send.mockReturnValue(
      new Promise((r) => {
        answer = r;
      }),
    );
    const onSuccess = vi.fn();
    const { user } = renderForm({ send, onSuccess });
    await user.type(screen.getByLabelText("Note"), "  Name the officials  ");
    await user.type(screen.getByLabelText("Reason"), "Unclear source");
    await user.click(button());
    expect(send).toHaveBeenCalledWith({ claimId: "claim-1", note: "Name the officials", reason: "Unclear source" });
    expect(button().disabled).toBe(true);
    // Enter in a field submits again; the hook ignores it while the first request is in flight.
    await user.type(screen.getByLabelText("Note"), "{Enter}");
    expect(send).toHaveBeenCalledTimes(1);

    await act(async () => answer({ ok: true, data: { version: 4 } }));
    expect(onSuccess).toHaveBeenCalledWith({ version: 4 });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("puts the server's field messages at the fields and focuses the first", async () => {
    send.mockResolvedValue({
      ok: false,
      status: 400,
      error: {
        code: "INVALID",
        message: "Check the fields.",
        fields: { reason: "Give the reason for the correction." },
      },
    });
    const { user } = renderForm({ send });
    await user.type(screen.getByLabelText("Note"), "Name the officials");
    await user.type(screen.getByLabelText("Reason"), "x");
    await user.click(button());
    expect(screen.getByTestId("reason-error").textContent).toBe("Give the reason for the correction.");
    expect(document.activeElement).toBe(screen.getByLabelText("Reason"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(refresh).not.toHaveBeenCalled();
  });

  it("shows an INVALID without fields of this form as the alert", async () => {
    send.mockResolvedValue({
      ok: false,
      status: 400,
      error: {
        code: "INVALID",
        message: "Check the fields.",
        fields: { version: "The page is out of date; reload it." },
      },
    });
    const { user } = renderForm({ send });
    await user.type(screen.getByLabelText("Note"), "a");
    await user.type(screen.getByLabelText("Reason"), "b");
    await user.click(button());
    expect(screen.getByRole("alert").textContent).toBe("The page is out of date; reload it.");
  });

  it("on a conflict shows the server's message, hands over its details and refreshes, keeping the input", async () => {
    const details = { current: { status: "signed_off", version: 7 } };
    send.mockResolvedValue({
      ok: false,
      status: 409,
      error: { code: "CONFLICT", message: "Someone else changed this claim after you opened it.", details },
    });
    const onConflict = vi.fn();
    const { user } = renderForm({ send, onConflict });
    await user.type(screen.getByLabelText("Note"), "Name the officials");
    await user.type(screen.getByLabelText("Reason"), "Unclear");
    await user.click(button());
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toBe("Someone else changed this claim after you opened it.");
    expect(alert.getAttribute("data-code")).toBe("CONFLICT");
    expect(onConflict).toHaveBeenCalledWith(details);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText("Note") as HTMLInputElement).value).toBe("Name the officials");
    expect(button().disabled).toBe(false);
  });

  it("shows a refusal in the server's words, and a lost connection as 'nothing was saved'", async () => {
    send.mockResolvedValueOnce({
      ok: false,
      status: 403,
      error: { code: "FORBIDDEN", message: "Only editors and admins can sign off verdicts." },
    });
    const { user } = renderForm({ send });
    await user.type(screen.getByLabelText("Note"), "a");
    await user.type(screen.getByLabelText("Reason"), "b");
    await user.click(button());
    expect(screen.getByRole("alert").textContent).toBe("Only editors and admins can sign off verdicts.");

    send.mockResolvedValueOnce({ ok: false, status: 0, error: { code: "NETWORK", message: "" } });
    await user.click(button());
    expect(screen.getByRole("alert").textContent).toBe(
      "The server could not be reached. Check your connection; nothing was saved.",
    );
    expect(refresh).not.toHaveBeenCalled();
  });
});

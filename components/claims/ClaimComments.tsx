"use client";
// The claim's comments, oldest first, with @mentions shown as names (only the ids the server accepted,
// lib/comments/mentions.ts), the author's own comments editable and deletable (the history keeps the
// text before), and the comment box. Every form goes through useZodForm, on the server's schemas.
import { useEffect, useId, useRef, useState, type SubmitEvent } from "react";
import { Button } from "@/components/ui/Button";
import { useI18n } from "@/components/ui/I18nProvider";
import { LocalTime } from "@/components/ui/LocalTime";
import { useToast } from "@/components/ui/Toast";
import { useZodForm } from "@/components/ui/form/useZodForm";
import { MentionBox } from "@/components/claims/MentionBox";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { commentSegments } from "@/lib/comments/mentions";
import { COMMENT_MAX, ZAddComment, ZDeleteComment, ZEditComment } from "@/lib/comments/schemas";

/** One comment as the page gives it (lib/comments/comments.ts listComments). */
export type ThreadComment = {
  id: string;
  author: { id: string; name: string } | null;
  body: string | null;
  mentions: string[];
  createdAt: Date | string;
  editedAt: Date | string | null;
  deletedAt: Date | string | null;
  mine: boolean;
};

export type Thread = { comments: ThreadComment[]; hasEarlier: boolean; mentionNames: Record<string, string> };

export const COMMENTS_HEADING_ID = "comments-heading";

function CommentBody({ body, mentions, names }: { body: string; mentions: string[]; names: Record<string, string> }) {
  return (
    <p className="text-sm break-words whitespace-pre-line text-gray-950">
      {commentSegments(body, mentions, names).map((s, i) =>
        s.type === "text" ? (
          <span key={i}>{s.text}</span>
        ) : (
          <span key={i} className="rounded bg-blue-50 px-0.5 font-semibold text-blue-900" data-testid="mention">
            @{s.label}
          </span>
        ),
      )}
    </p>
  );
}

/** The comment box: a new comment, or (with `comment`) the author's edit of one. */
function CommentForm({
  claimId,
  comment,
  onDone,
  onCancel,
}: {
  claimId: string;
  comment?: { id: string; body: string };
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const uid = useId();
  const boxId = `${uid}-body`;
  const hintId = `${uid}-hint`;
  const formRef = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState(comment?.body ?? "");
  const form = useZodForm({ fields: ["body"] as const, focus: () => document.getElementById(boxId)?.focus() });
  const editing = comment !== undefined;

  useEffect(() => {
    if (editing) document.getElementById(boxId)?.focus();
  }, [editing, boxId]);

  async function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    if (comment) {
      await form.submit(
        ZEditComment,
        { claimId, commentId: comment.id, body },
        ({ body: b }) => callApi(routes.api.claimComment(claimId, comment.id), "PATCH", { body: b }),
        {
          onSuccess: () => {
            toast("success", t("comments.edit.done"));
            onDone?.();
          },
        },
      );
      return;
    }
    await form.submit(
      ZAddComment,
      { claimId, body },
      ({ body: b }) => callApi(routes.api.claimComments(claimId), "POST", { body: b }),
      {
        onSuccess: () => {
          setBody("");
          toast("success", t("comments.add.done"));
          onDone?.();
        },
      },
    );
  }

  return (
    // Escape pressed anywhere in the form (the keydown bubbles here) cancels an edit.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-2"
      onKeyDown={(e) => {
        if (e.key === "Escape" && onCancel) onCancel();
      }}
    >
      <label htmlFor={boxId} className="text-sm font-medium text-gray-900">
        {editing ? t("comments.edit.label") : t("comments.add.label")}
      </label>
      <MentionBox
        id={boxId}
        name="body"
        value={body}
        onChange={(v) => {
          setBody(v);
          form.clearError("body");
        }}
        onSubmitShortcut={() => formRef.current?.requestSubmit()}
        error={form.errors.body}
        describedBy={form.errors.body ? `${boxId}-error` : hintId}
        rows={editing ? 3 : 3}
      />
      {form.errors.body ? (
        <p id={`${boxId}-error`} role="alert" className="text-sm text-red-800">
          {form.errors.body}
        </p>
      ) : (
        <p id={hintId} className="text-xs text-gray-700">
          {t("comments.add.help")}
          {body.length > COMMENT_MAX * 0.9 && ` (${body.length}/${COMMENT_MAX})`}
        </p>
      )}
      {form.alert && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {form.alert.message}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={form.busy}>
          {editing ? t("comments.edit.save") : t("comments.add.submit")}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel} disabled={form.busy}>
            {t("common.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}

function DeleteComment({ claimId, commentId, onCancel }: { claimId: string; commentId: string; onCancel: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const uid = useId();
  const confirmId = `${uid}-confirm`;
  const form = useZodForm({ fields: [] as const, focus: () => {} });

  useEffect(() => document.getElementById(confirmId)?.focus(), [confirmId]);

  async function remove() {
    await form.submit(
      ZDeleteComment,
      { claimId, commentId },
      () => callApi(routes.api.claimComment(claimId, commentId), "DELETE"),
      {
        onSuccess: () => {
          toast("success", t("comments.delete.done"));
          document.getElementById(COMMENTS_HEADING_ID)?.focus();
        },
      },
    );
  }

  return (
    // Escape pressed on either button inside (the keydown bubbles here) backs out.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-label={t("comments.delete.confirm")}
      className="flex flex-col gap-2 rounded-md border border-red-200 bg-red-50 px-2 py-1.5"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <span className="text-xs text-red-950">{t("comments.delete.confirm")}</span>
      {form.alert && (
        <p role="alert" className="text-sm text-red-900">
          {form.alert.message}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          id={confirmId}
          type="button"
          variant="danger"
          className="px-2 py-1 text-xs"
          busy={form.busy}
          onClick={remove}
        >
          {t("comments.delete")}
        </Button>
        <Button type="button" variant="secondary" className="px-2 py-1 text-xs" onClick={onCancel} disabled={form.busy}>
          {t("common.cancel")}
        </Button>
      </div>
    </div>
  );
}

function CommentItem({
  claimId,
  comment,
  names,
}: {
  claimId: string;
  comment: ThreadComment;
  names: Record<string, string>;
}) {
  const { t, locale, timeZone } = useI18n();
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const uid = useId();
  const editId = `${uid}-edit`;
  const back = () => {
    setMode("view");
    setTimeout(() => document.getElementById(editId)?.focus(), 0);
  };
  if (comment.deletedAt || comment.body === null) {
    return (
      <li
        className="rounded-md border border-dashed border-gray-300 px-3 py-2 text-sm text-gray-700 italic"
        data-testid="comment"
      >
        {t("comments.deleted")}
      </li>
    );
  }
  return (
    <li className="flex flex-col gap-1.5 rounded-md border border-gray-200 p-3" data-testid="comment">
      <p className="text-xs text-gray-700">
        <span className="font-semibold text-gray-950">{comment.author?.name ?? t("claim.history.system")}</span>
        {" · "}
        <LocalTime value={comment.createdAt} locale={locale} timeZone={timeZone} />
        {comment.editedAt && ` · ${t("comments.edited")}`}
      </p>
      {mode === "edit" ? (
        <CommentForm claimId={claimId} comment={{ id: comment.id, body: comment.body }} onDone={back} onCancel={back} />
      ) : (
        <CommentBody body={comment.body} mentions={comment.mentions} names={names} />
      )}
      {comment.mine && mode === "view" && (
        <div className="flex gap-2">
          <Button
            id={editId}
            type="button"
            variant="ghost"
            className="px-2 py-1 text-xs"
            onClick={() => setMode("edit")}
          >
            {t("comments.edit")}
          </Button>
          <Button type="button" variant="danger" className="px-2 py-1 text-xs" onClick={() => setMode("delete")}>
            {t("comments.delete")}
          </Button>
        </div>
      )}
      {mode === "delete" && <DeleteComment claimId={claimId} commentId={comment.id} onCancel={back} />}
    </li>
  );
}

export function ClaimComments({
  claimId,
  thread,
  canComment,
}: {
  claimId: string;
  thread: Thread;
  canComment: boolean;
}) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby={COMMENTS_HEADING_ID}
      className="flex flex-col gap-4 rounded-lg border border-gray-200 bg-white p-4"
      data-testid="comments"
    >
      <h2 id={COMMENTS_HEADING_ID} tabIndex={-1} className="text-lg font-semibold text-gray-950">
        {t("comments.heading")}
      </h2>
      {thread.hasEarlier && <p className="text-xs text-gray-700">{t("comments.earlier")}</p>}
      {thread.comments.length === 0 ? (
        <p className="text-sm text-gray-700">{t("comments.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {thread.comments.map((c) => (
            <CommentItem key={c.id} claimId={claimId} comment={c} names={thread.mentionNames} />
          ))}
        </ol>
      )}
      {canComment && (
        <div className="border-t border-gray-200 pt-3">
          <CommentForm claimId={claimId} />
        </div>
      )}
    </section>
  );
}

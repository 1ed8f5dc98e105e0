import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/http/field-errors";
import { catalogs } from "@/lib/i18n/messages";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { ZAcceptInvitation, ZAddMember, ZCreateInvitation, ZMemberSearch, ZUpdateMember } from "@/lib/members/schemas";
import { ZMarkRead } from "@/lib/notifications/schemas";
import { ZAddComment } from "@/lib/comments/schemas";

const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? {} : fieldErrors(r.error!);

describe("member schemas", () => {
  it("normalises emails and names the field that is wrong", () => {
    expect(ZAddMember.parse({ mode: "existing", email: "  Rina@Demo.TEST ", role: "reviewer" })).toEqual({
      mode: "existing",
      email: "rina@demo.test",
      role: "reviewer",
    });
    expect(
      errorsOf(ZAddMember.safeParse({ mode: "new", email: "x@y.test", name: " ", password: "short", role: "boss" })),
    ).toEqual({
      name: "members.validation.nameRequired",
      password: "members.validation.passwordShort",
      role: "members.validation.role",
    });
    expect(errorsOf(ZAddMember.safeParse({ email: "x@y.test", role: "viewer" }))).toEqual({
      mode: "members.validation.mode",
    });
    expect(
      errorsOf(
        ZAddMember.safeParse({
          mode: "new",
          email: "x@y.test",
          name: "A\u0000B",
          password: "long enough password",
          role: "viewer",
        }),
      ),
    ).toEqual({ name: "members.validation.controlCharacters" });
  });

  it("takes one member change at a time", () => {
    expect(ZUpdateMember.parse({ userId: "u1", action: "changeRole", role: "editor" })).toEqual({
      userId: "u1",
      action: "changeRole",
      role: "editor",
    });
    expect(ZUpdateMember.safeParse({ userId: "u1", action: "changeRole" }).success).toBe(false);
    expect(errorsOf(ZUpdateMember.safeParse({ userId: "u1", action: "promote" }))).toEqual({
      action: "members.validation.action",
    });
  });

  it("bounds invitations and member searches", () => {
    expect(ZCreateInvitation.parse({ role: "viewer", email: "" })).toEqual({ role: "viewer", expiresInDays: 7 });
    expect(errorsOf(ZCreateInvitation.safeParse({ role: "viewer", expiresInDays: 31 }))).toEqual({
      expiresInDays: "members.validation.expiresInDays",
    });
    expect(ZMemberSearch.parse({ limit: "500" })).toEqual({ q: "", limit: 8 });
    expect(ZMemberSearch.safeParse({ q: "x".repeat(101) }).success).toBe(false);
    expect(errorsOf(ZAcceptInvitation.safeParse({ token: "../../etc" }))).toEqual({
      token: "members.invitation.invalid",
    });
  });
});

describe("notification and comment schemas", () => {
  it("marks either some ids or all", () => {
    expect(ZMarkRead.parse({ ids: ["a", "b"] })).toEqual({ ids: ["a", "b"] });
    expect(ZMarkRead.parse({ all: true })).toEqual({ all: true });
    expect(errorsOf(ZMarkRead.safeParse({}))).toEqual({ _form: "notifications.validation.idsOrAll" });
    expect(ZMarkRead.safeParse({ ids: ["a"], all: true }).success).toBe(false);
    expect(ZMarkRead.safeParse({ all: false }).success).toBe(false);
  });

  it("keeps line breaks in a comment but refuses NUL and other control characters", () => {
    expect(ZAddComment.parse({ claimId: "c", body: " line one\nline\ttwo " }).body).toBe("line one\nline\ttwo");
    expect(errorsOf(ZAddComment.safeParse({ claimId: "c", body: "a\u0000b" }))).toEqual({
      body: "comments.validation.controlCharacters",
    });
    expect(errorsOf(ZAddComment.safeParse({ claimId: "c", body: "   " }))).toEqual({
      body: "comments.validation.bodyRequired",
    });
  });
});

describe("message keys", () => {
  it("used by comments, notifications and members exist in both catalogs", () => {
    const dirs = ["lib/comments", "lib/notifications", "lib/members"];
    const keys = new Set<string>();
    for (const dir of dirs) {
      for (const file of fs.readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.includes(".test."))) {
        const text = fs.readFileSync(path.join(dir, file), "utf8");
        for (const m of text.matchAll(/"((?:comments|notifications|members|errors|validation)\.[\w.]+)"/g))
          if (!(m[1] in PERMISSIONS)) keys.add(m[1]);
      }
    }
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect(catalogs.en, key).toHaveProperty([key]);
      expect(catalogs.id, key).toHaveProperty([key]);
    }
  });
});

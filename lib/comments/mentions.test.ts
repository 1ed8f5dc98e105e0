import { describe, expect, it } from "vitest";
import { commentSegments, mentionToken, parseMentions } from "@/lib/comments/mentions";

describe("@mention tokens", () => {
  it("reads the mentioned ids out of a body, once each, in order", () => {
    const body = `${mentionToken("Rina Reviewer", "u1")} please check this with ${mentionToken("Eko", "u2")}; thanks ${mentionToken("Rina", "u1")}`;
    expect(parseMentions(body)).toEqual(["u1", "u2"]);
  });

  it("ignores plain @words, email addresses and half-written tokens", () => {
    expect(parseMentions("ask @rina or rina@demo.test, or @[Rina] or @[Rina](bad id) or @[](u1)")).toEqual([]);
  });

  it("makes a token that survives brackets and line breaks in a name", () => {
    const token = mentionToken("Ayu [admin]\nDesk", "u9");
    expect(token).toBe("@[Ayu admin Desk](u9)");
    expect(parseMentions(`hi ${token}`)).toEqual(["u9"]);
  });
});

describe("comment segments for display", () => {
  it("turns accepted mentions into chips with the current name and keeps the rest as text", () => {
    const body = `Hi ${mentionToken("Rina", "u1")} and ${mentionToken("Someone", "zz")}!`;
    expect(commentSegments(body, ["u1"], { u1: "Rina Reviewer" })).toEqual([
      { type: "text", text: "Hi " },
      { type: "mention", userId: "u1", label: "Rina Reviewer" },
      { type: "text", text: " and @[Someone](zz)!" },
    ]);
  });

  it("falls back to the name in the token", () => {
    expect(commentSegments(mentionToken("Eko", "u2"), ["u2"])).toEqual([
      { type: "mention", userId: "u2", label: "Eko" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { canApproveRevision } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { textAuthorsSince, type AuthoredRevision } from "./text-authors";

const revision = (version: number, authorId: string, textAuthorId = authorId): AuthoredRevision => ({ id: `r${version}`, version, authorId, textAuthorId });
const olivia: Actor = { id: "olivia", name: "Olivia", email: "o@newsroom.test", isAdmin: false, roles: [{ role: "reviewer", language: "en" }] };

describe("who wrote the text awaiting approval", () => {
  it("counts every revision when none was approved, restorers and restored authors alike", () => {
    const revisions = [revision(1, "olivia"), revision(2, "james"), revision(3, "emma", "olivia")];
    expect(textAuthorsSince(revisions, { id: "t", version: 3, approvedRevisionId: null }).sort()).toEqual(["emma", "james", "olivia"]);
  });

  it("counts only the revisions after the approved one", () => {
    const revisions = [revision(1, "olivia"), revision(2, "james"), revision(3, "emma")];
    expect(textAuthorsSince(revisions, { id: "t", version: 3, approvedRevisionId: "r1" }).sort()).toEqual(["emma", "james"]);
  });

  it("counts the approved revision itself when it is the current one (keeping an approval)", () => {
    const revisions = [revision(1, "james"), revision(2, "emma", "olivia")];
    expect(textAuthorsSince(revisions, { id: "t", version: 2, approvedRevisionId: "r2" })).toEqual(["emma", "olivia"]);
  });
});

describe("canApproveRevision", () => {
  it("refuses a reviewer who wrote any of the text, and allows one who did not", () => {
    expect(canApproveRevision(olivia, { language: "en", textAuthorIds: ["emma", "olivia"] })).toBe(false);
    expect(canApproveRevision(olivia, { language: "en", textAuthorIds: ["emma"] })).toBe(true);
    expect(canApproveRevision(olivia, { language: "ru", textAuthorIds: ["emma"] })).toBe(false);
    expect(canApproveRevision(null, { language: "en", textAuthorIds: [] })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { callErrorKind } from "./call-error";

describe("callErrorKind", () => {
  it("knows a rate limit by its message or its 429", () => {
    expect(callErrorKind(new Error("API rate limit exceeded: try again later"))).toBe("rate-limit");
    expect(callErrorKind(new Error("Ratelimit reached"))).toBe("rate-limit");
    expect(callErrorKind(new Error("Too Many Requests"))).toBe("rate-limit");
    expect(callErrorKind(Object.assign(new Error("slow down"), { status: 429 }))).toBe(
      "rate-limit",
    );
    expect(callErrorKind({ code: "429", message: "?" })).toBe("rate-limit");
  });

  it("knows a missing item by its message or its 404", () => {
    expect(callErrorKind(new Error("Item 3458764 not found"))).toBe("not-found");
    expect(callErrorKind(new Error("The item does not exist"))).toBe("not-found");
    expect(callErrorKind(Object.assign(new Error("gone"), { statusCode: 404 }))).toBe("not-found");
  });

  it("takes anything else as another failure", () => {
    expect(callErrorKind(new Error("Internal error, please try again"))).toBe("other");
    expect(callErrorKind("socket closed")).toBe("other");
    expect(callErrorKind(undefined)).toBe("other");
  });
});

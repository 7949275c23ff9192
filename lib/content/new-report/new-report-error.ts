// A refusal of content:new (bad slug, existing report, missing metadata): the command prints
// its message and exits non-zero, having written nothing.
export class NewReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NewReportError";
  }
}

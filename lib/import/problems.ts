/** An import that stopped before writing anything; the message names every problem found. */
export class ImportError extends Error {
  override name = "ImportError";
}

const MAX_LISTED = 50;

/**
 * Collects row problems as `file:line: column "X": "value" is not …` so that one run shows
 * everything wrong with a file (up to 50, then a count) instead of the first problem only.
 */
export class ProblemList {
  private readonly problems: string[] = [];
  private total = 0;

  constructor(readonly fileName: string) {}

  add(line: number, message: string): void {
    this.total += 1;
    if (this.problems.length < MAX_LISTED) this.problems.push(`${this.fileName}:${line}: ${message}`);
  }

  cell(line: number, column: string, value: string, expected: string): void {
    this.add(line, `column "${column}": ${JSON.stringify(value)} ${expected}`);
  }

  get count(): number {
    return this.total;
  }

  /** Throws the collected problems, if any. */
  throwIfAny(): void {
    if (this.total === 0) return;
    const more =
      this.total > MAX_LISTED ? `\n… and ${this.total - MAX_LISTED} more problems (${this.total} in all)` : "";
    throw new ImportError(`${this.problems.join("\n")}${more}`);
  }
}

/** A counter of rows left out on purpose, by reason, for the import summary. */
export class SkipCounter {
  private readonly reasons = new Map<string, number>();

  add(reason: string, count = 1): void {
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + count);
  }

  entries(): { reason: string; rows: number }[] {
    return [...this.reasons].map(([reason, rows]) => ({ reason, rows })).sort((a, b) => b.rows - a.rows);
  }

  get total(): number {
    let sum = 0;
    for (const rows of this.reasons.values()) sum += rows;
    return sum;
  }
}

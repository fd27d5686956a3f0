import path from "node:path";
import { maxComparedRegions } from "../../filters";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { numberCell, readTable } from "../table";
import type { ParseOptions, ParsedImport, PeerSetFigure } from "../types";

const required = [
  "key",
  "kind",
  "name_en",
  "name_es",
  "description_en",
  "description_es",
  "anchor_region",
  "size",
  "members",
] as const;

/**
 * Peer sets: named sets of regions to compare. A "list" names its members (region codes separated
 * by ";", in the order to show them); a "similar" set names an anchor region and how many of the
 * most similar regions to take, computed from the data when the set is used.
 */
export async function parsePeerSets(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const sets: PeerSetFigure[] = [];
  const lineOfKey = new Map<string, number>();
  let rowsRead = 0;
  for await (const row of readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "Save the file as UTF-8.",
    delimiter: ",",
    required,
    problems,
    onProgress: options.onProgress,
  })) {
    rowsRead += 1;
    const key = row.get("key");
    const kind = row.get("kind");
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(key)) {
      problems.cell(row.line, "key", key, "is not a key (lower-case letters, digits and hyphens, up to 40)");
      continue;
    }
    const earlier = lineOfKey.get(key);
    if (earlier !== undefined) {
      problems.add(row.line, `duplicate of line ${earlier}: peer set "${key}" appears twice`);
      continue;
    }
    lineOfKey.set(key, row.line);
    if (kind !== "list" && kind !== "similar") {
      problems.cell(row.line, "kind", kind, 'is not "list" or "similar"');
      continue;
    }
    for (const column of ["name_en", "name_es", "description_en", "description_es"] as const) {
      if (row.get(column) === "") problems.cell(row.line, column, "", "is empty");
    }
    const knownRegion = (column: string, code: string) => {
      if (reference.regions.has(code)) return true;
      problems.cell(
        row.line,
        column,
        code,
        "is not a region the dashboard holds (import the file that defines it first)",
      );
      return false;
    };
    const names = {
      nameEn: row.get("name_en"),
      nameEs: row.get("name_es"),
      descriptionEn: row.get("description_en"),
      descriptionEs: row.get("description_es"),
    };
    if (kind === "list") {
      const members = row
        .get("members")
        .split(";")
        .map((code) => code.trim())
        .filter((code) => code !== "");
      if (members.length < 2 || members.length > maxComparedRegions) {
        problems.cell(
          row.line,
          "members",
          row.get("members"),
          `must name 2 to ${maxComparedRegions} regions separated by ";" (it names ${members.length})`,
        );
        continue;
      }
      const repeated = members.find((code, index) => members.indexOf(code) !== index);
      if (repeated) {
        problems.cell(row.line, "members", repeated, "is named twice");
        continue;
      }
      if (!members.every((code) => knownRegion("members", code))) continue;
      if (row.get("anchor_region") !== "" || row.get("size") !== "")
        problems.add(row.line, 'a "list" set names its members; anchor_region and size must be empty');
      sets.push({ key, kind, ...names, anchorRegionCode: null, size: null, members });
    } else {
      const anchor = row.get("anchor_region");
      const size = numberCell(row, "size", problems, "count");
      if (!knownRegion("anchor_region", anchor) || size === undefined) continue;
      if (size === null || size < 1 || size > maxComparedRegions - 1) {
        problems.cell(
          row.line,
          "size",
          row.get("size"),
          `is not a number of regions from 1 to ${maxComparedRegions - 1}`,
        );
        continue;
      }
      if (row.get("members") !== "")
        problems.cell(
          row.line,
          "members",
          row.get("members"),
          'must be empty: a "similar" set is computed from the data',
        );
      sets.push({ key, kind, ...names, anchorRegionCode: anchor, size, members: [] });
    }
  }
  problems.throwIfAny();
  if (sets.length === 0) throw new ImportError(`${fileName}: the file has a header but no peer sets`);
  return {
    format: "peer-sets",
    fileName,
    source: {
      title: `Peer sets: ${fileName}`,
      publisher: "Not stated in the file",
      year: null,
      url: null,
      licence: null,
      notes: "Named sets of regions to compare.",
    },
    newRegions: [],
    industries: [],
    clusters: [],
    insured: [],
    peerSets: sets,
    rowsRead,
    skipped: new SkipCounter(),
    notes: [
      `${sets.length} peer sets: ${sets.map((set) => `${set.key} (${set.kind === "list" ? `${set.members.length} regions` : `${set.size} most similar to ${set.anchorRegionCode}`})`).join(", ")}.`,
    ],
  };
}

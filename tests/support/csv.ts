// Shared by the self-review tests: exports must parse as a spreadsheet reads them.

/** A small, strict RFC 4180 reader (CRLF between records, quotes doubled inside quoted fields): the CSV must parse as a spreadsheet reads it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[index + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), index++;
    else if (char === '\n') throw new Error('a bare line feed outside quotes');
    else field += char;
  }
  return rows;
}

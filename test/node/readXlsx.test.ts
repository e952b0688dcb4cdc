import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CellValue, WorkbookInput } from '../../src/core/input';
import { readWorkbookBuffer, WorkbookFileError } from '../../src/node/readXlsx';
import { readWorkbookFile } from '../../src/node/readXlsxFile';

const FIXTURES = path.resolve(__dirname, '../fixtures/workbooks');

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function expectFileError(
  promise: Promise<unknown>,
  code: string,
  file: string,
): Promise<WorkbookFileError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WorkbookFileError);
  const error = caught as WorkbookFileError;
  expect(error.code).toBe(code);
  expect(error.file).toBe(file);
  expect(error.name).toBe('WorkbookFileError');
  return error;
}

/** Every row and every cell array has no holes, and every cell is a CellValue. */
function expectWellFormed(input: WorkbookInput): void {
  expect(typeof input.date1904).toBe('boolean');
  for (const rows of Object.values(input.sheets)) {
    expect(Array.isArray(rows)).toBe(true);
    for (let r = 0; r < rows.length; r++) {
      expect(r in rows).toBe(true);
      const cells = rows[r] as readonly CellValue[];
      expect(Array.isArray(cells)).toBe(true);
      for (let c = 0; c < cells.length; c++) {
        expect(c in cells).toBe(true);
        const v = cells[c];
        const ok =
          v === null ||
          typeof v === 'string' ||
          typeof v === 'boolean' ||
          (typeof v === 'number' && Number.isFinite(v)) ||
          (v instanceof Date && !Number.isNaN(v.getTime())) ||
          (typeof v === 'object' &&
            typeof (v as { error?: unknown }).error === 'string' &&
            Object.keys(v).length === 1);
        if (!ok) throw new Error(`bad cell value at row ${r + 1} col ${c + 1}: ${String(v)}`);
      }
      if (cells.length > 0) expect(cells[cells.length - 1]).not.toBeNull(); // trailing blanks dropped
    }
    if (rows.length > 0) expect((rows[rows.length - 1] as readonly CellValue[]).length).toBeGreaterThan(0);
  }
}

// ---------------------------------------------------------------------------------------------
// A tiny stored (uncompressed) zip writer, to build archives exceljs would not write.

/** CRC-32 (zip's), here rather than zlib.crc32, which needs Node 20.15+. */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function zip(entries: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(enc.encode(name));
    const data = Buffer.from(enc.encode(text));
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, centralDir, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A minimal hand-written package: one sheet `S` with the given <sheetData> content. */
function handMadeXlsx(sheetData: string, workbookPr = '', styles?: string): Uint8Array {
  const entries: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${RNS}>${workbookPr}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      (styles
        ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        : '') +
      '</Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`,
  };
  if (styles) entries['xl/styles.xml'] = styles;
  return zip(entries);
}

/** styles.xml with cellXfs 0 = General, 1 = yyyy-mm-dd (custom 164), 2 = built-in 14. */
const DATE_STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

// ---------------------------------------------------------------------------------------------
// Real files written by LibreOffice 7.4 (embedded so that the test needs no soffice):
// a workbook made with exceljs in the 1904 date system (A1 '日期', A2 2026-09-15 as yyyy-mm-dd,
// A3 2026-09-15 14:30 as yyyy-mm-dd hh:mm, A4 the number 44818 in a General cell, A5 false),
// then `soffice --headless --convert-to xlsx` (LO writes <workbookPr date1904="true"/> and turns
// the boolean into the formula FALSE()) and `--convert-to xls` (gzip'ed here).

const LO_1904_XLSX = [
  'UEsDBBQACAgIAF2beV0AAAAAAAAAAAAAAAALAAAAX3JlbHMvLnJlbHOtksFOwzAMhu97iir3Nd1ACKGmu0xIuyE0HsAkbhu1iaPE',
  'g/L2RBMSDI2yw45xfn/+YqXeTG4s3jAmS16JVVmJAr0mY32nxMv+cXkvNs2ifsYROEdSb0Mqco9PSvTM4UHKpHt0kEoK6PNNS9EB',
  '52PsZAA9QIdyXVV3Mv5kiOaEWeyMEnFnVqLYfwS8hE1tazVuSR8cej4z4lcikyF2yEpMo3ynOLwSDWWGCnneZX25y9/vlA4ZDDBI',
  'TRGXIebuyBbTt44h/ZTL6ZiYE7q55nJwYvQGzbwShDBndHtNI31ITO6fFR0zX0qLWp78y+YTUEsHCIWaNJruAAAAzgIAAFBLAwQU',
  'AAgICABdm3ldAAAAAAAAAAAAAAAADwAAAHhsL3dvcmtib29rLnhtbI1TzW7aQBC+9ymsvYN/IC4gTEQNKJH6p5Am57U9xlvWu9bu',
  'ECBVn6OXSj311fIcHa8hTdUeerC9M9/sN9/8eHp5qKX3AMYKrRIW9gPmgcp1IdQmYZ9uV70R8yxyVXCpFSTsCJZdzl5N99psM623',
  'Ht1XNmEVYjPxfZtXUHPb1w0oQkptao5kmo1vGwO8sBUA1tKPgiD2ay4U6xgm5n84dFmKHBY639WgsCMxIDmSeluJxrLZtBQS7rqC',
  'PN4073lNslMuc+bPnmV/NF7G8+2uWVF0wkouLVChld5/yD5DjlQRl5J5BUcIx8EwYWh28CeDRgqkLORsHXcC9vY33pqO8Eob8agV',
  'crnOjZbyROUw0oki/xeybvt0yzN7dh7uhSr0PmE0oeOL894d70WBFc0vHoyGZ98ViE2FCRuF44h5yLObtk8JiwO6Vgpj0SVxLJwq',
  'eQDK11pUkP+iIjey89dTrp9P334+ff/RSiXfdUGZ3ZogQQ/CikySYjMRBJjrInKMZxoqN6f2CwRD8aneKZIQtpoMlO90QRRzYjvh',
  'z7M52QuQyElkPwiCsOWFA7616L6nTZKazn9tkxSZgW5/3Coxb2dEwr68jqM4HcVRL5qHg14YLi96bwbDi95quVpR59JFOl59pbVy',
  'rBN60k6/RUP/yA2U6yPN9pCw5SEHOXeafArr3k6af96J2S9QSwcINWAdxwgCAABvAwAAUEsDBBQACAgIAF2beV0AAAAAAAAAAAAA',
  'AAANAAAAeGwvc3R5bGVzLnhtbO1YXW+bMBR936+w/N4CaZKuFaHqMmXaJk3VkkqT1j04YMCqP5Bx2tBfPxsDgTTZumzSUglebF/u',
  'OffkGDuW/as1o+ABy5wIPoHeqQsB5qGICE8m8HYxO3kLQa4QjxAVHE9ggXN4Fbzxc1VQPE8xVkAz8HwCU6WyS8fJwxQzlJ+KDHP9',
  'JhaSIaWHMnHyTGIU5QbEqDNw3bHDEOEw8PmKzZjKQShWXE3gWRMCtvkYaW3jIQSWbioiLeUD5lgiCp2dyaNucqGfuxPG7k6iaA9i',
  'vB9xB9L0kjEDdCqtgR8LvpE8gjYQ+PkTeEBUE3omPRRUSCCT5QTOZm75lOURwzZtiihZSmKCMWKEFjY8KMEpkrl22PKV1W2NrUpb',
  'lNeSWFvahO6xwl9m0xehBJgjnoPpp89gPt3pV1WgbMwEEUqbCRpAGwj8DCmFJZ/pAaj6iyLTM871F25pyrzfZCcSFd5g1AKUja67',
  'FDLSK6qu7ME6BCKCEsERvc0mMEY0x7AJvRePvA4GPsWx0sSSJKlplcgcQ6KUYLpTY0xpy9x0dPkQUzo3y/NbvPn1riZdx8+XEy8H',
  'etUb7VXXMlUDlGW0mAlDouQKV4F3ZUondE1JwhneSryRQuFQlbtLGQ58VCeCVEjypKnNBCbVajabkSKhCdnfC4HCa/VVKGRZtKZH',
  'ibKFDjYmEh6VhfW7PJWE3y/EjDSvtU1ZIwNQEd7jqBaZkkhDW5nOOt5yyt345B3qU6Vz26h2uO1U/Rm8HjGDXsweMQevrV5ML6YX',
  '04vpxRwiZnh2TP+UQ++o1AyPSs3gmNRc/GcxTvv4bg/zrXP88NBj/Dp+rryt5y+lv7Yzfce24Z/Z9u8m/PW5Nuo/tkNsG/e2vcg2',
  'p9ruWpcYzdY3hq0oMDdD5lZIMqO9cW65IlQRbkfOc8BUMIbqfG/UAZztBYDv7o8GNO6AxjtBKykxD4sGc97BDH+F6dR628Gd78Ld',
  'YBnqOWggFx2IvZ7amKkHm5vb4CdQSwcIIN2Quu8CAAD+FQAAUEsDBBQACAgIAF2beV0AAAAAAAAAAAAAAAAYAAAAeGwvd29ya3No',
  'ZWV0cy9zaGVldDEueG1svVbbbuM2EH3vVwh6ah/WuviyTiB7ESTrbgFvvaizXaBvtEhZRCgOS1J2kq/fIXXNBUXQhxgwQA7JM2fO',
  'kDPKPt1XIjgxbTjIVZhM4jBgMgfK5XEVfr/dfFiGgbFEUiJAslX4wEz4af1LdgZ9Z0rGbIAA0qzC0lp1GUUmL1lFzAQUk7hSgK6I',
  'xak+RkZpRqg/VIkojeNFVBEuwwbhUr8FA4qC5+wG8rpi0jYgmglikb4puTId2j19Ex7V5IyhdnxGFG+alR4vmb3Aq3iuwUBhJzlU',
  'LbWXUV5EF0/ivNfp/0NK5hjqibtMpR1Ylb8lyorou1p9QGyFSh244PbBBxyuM4//TQcFF5bpr0AxyQURhuGaIke2Z/a78uv2Fr6h',
  'oVuO1lnUHl5nlGM+HLNAs2IVXiWXV3O3w2/4m7OzGY0DU8J5g/xqQUwH542/a063XDK0Wl23xr/gfA3iC2qB13S88A9D0TqD5scS',
  'GW5ZYXtISw57JlhuGR2f29VWoJP9Q3UA0QNQVpBaWEcB3YHu7CdkvAqlk1MgJCjn4poJ4cIMg9zt/QPxF7MweASo9jkRKFISx6P5',
  'n/74c6uTc0seoPayIAQuuod1ALhzFgcbuxz5IJy6irhH2JIIA4LWExvIDPPmaGD+bfMxpMsBj8ddZjb+wmCmWyFQhB+c2nIVLifz',
  '6UW8SOe9SJiSL8wJjhGh9RET0c1b6aHReMtOTOBuT2ZsQ/QmtuiJ85bLDbFknWk4B5gGJ3JtLFTNpt5F573klDLZm5u9/0HHc8G0',
  'CaKMuxjdbc+dM6ei8T7xsEHraR1n0Ql55vhHRj2t9F1ppZ5W6mlJT2s2WybL16lN35Xa1FObPqc2WcSzZOF+H19nOXtXljPPMn6b',
  'gPN3pTYfUTugtcB3TPpNm6vt/vOvv2VR8dpljEbvRWku7U75XhiUWC+xfw319TjU1ucWrPFdtStB80eQlohrbLBMD2zdV4Ll+cuF',
  'qGkUX4k+cnQsfAWOJx/bmtyOsWb5EQZ7AItydbPSF3Y3myfJMknidLpI03iGZwoA+/pS1DenWmFRVEzv+SPz79aM6q9vWm0VS9pp',
  'X7jCwEHstPdO4SxvSyZ3GCXmTnMM0n9VrEIF2mrCsdweBMnvriT9UXLb98EAvyFGPSfH4nsNlfs8Ma5tyCei3iiOT8VR69QcLDko',
  'znztwegaVTZegIDyokDFpd1wbQZXvXlH6efTcB/XGVDa9Eu8IKMxDhvExtyPx85w2n/brX8CUEsHCBSkrcGrAwAAHwoAAFBLAwQU',
  'AAgICABdm3ldAAAAAAAAAAAAAAAAGgAAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzrZFNa8MwDIbv/RVG98VJB2OMOL2MQa/9',
  '+AHGUeLQxDaS1rX/fi4bWwpl7NCT0Nfzvkj16jSN6ojEQwwGqqIEhcHFdgi9gf3u7eEZVs2i3uBoJY+wHxKrvBPYgBdJL1qz8zhZ',
  'LmLCkDtdpMlKTqnXybqD7VEvy/JJ05wBzRVTrVsDtG4rULtzwv+wY9cNDl+je58wyA0JzXIekTPRUo9i4CsvMgf0bfnlPeU/Ih3Y',
  'I8qvg59SNncJ1V9mHu96C28J261Qfuz8JPPyt5lFra/e3XwCUEsHCE/w+XrSAAAAJQIAAFBLAwQUAAgICABdm3ldAAAAAAAAAAAA',
  'AAAAFAAAAHhsL3NoYXJlZFN0cmluZ3MueG1sNY5NCsIwEIX3niLM3qa6EClpuhA8gR4gtGMbaCYxkxY9iRvBlVfrOYyCy8f7+Z5q',
  'bm4UM0a2nmrYFCUIpNZ3lvoazqfjeg+Ck6HOjJ6whjsyNHqlmJPIVeIahpRCJSW3AzrDhQ9I2bn46EzKMvaSQ0TT8YCY3Ci3ZbmT',
  'zlgC0fqJUsaCmMheJzz8tVZstfohKg6mzeS8wRhnBL083svzpWTSSn5jMp/RH1BLBwh9xKtsqQAAAMoAAABQSwMEFAAICAgAXZt5',
  'XQAAAAAAAAAAAAAAABEAAABkb2NQcm9wcy9jb3JlLnhtbJ1SXU/CMBR991csfd+6jUBw2UaihidJTIRofKvdZVTWrmkLg39v10FR',
  '4cm3e885Pfer+ezAm2APSrNWFCiJYhSAoG3FRF2g1XIeTlGgDREVaVoBBTqCRrPyLqcyo62CF9VKUIaBDqyR0BmVBdoYIzOMNd0A',
  'JzqyCmHJdas4MTZVNZaEbkkNOI3jCeZgSEUMwb1hKL0jOllW1FvKnWqcQUUxNMBBGI2TKMEXrQHF9c0Hjvmh5MwcJdyUnkmvPmjm',
  'hV3XRd3ISW3/CX5fPL+6UUMm+lVRQGV+aiSjCoiBKrAG2VDuzLyNHp+Wc1SmcToJkyRMx8vkPksn2Xj6keM/73vDIW5VuRJb0Xai',
  'F3ms5yvQVDFp7ClLR/4CbN4QUe/s3ksQ4erVSTzUX7Qh2izs7dcMqofjpc415efjJ+zfA54NXAMK9qz/iWXsivq0b17vPr+AmmEy',
  'n9jYMNPAAJ/Dq99ZfgNQSwcIq9QvNmMBAADpAgAAUEsDBBQACAgIAF2beV0AAAAAAAAAAAAAAAAQAAAAZG9jUHJvcHMvYXBwLnht',
  'bJ2QTW/CMAyG7/sVVcS1Sam6glAatGnaCWk7dGi3KktdyJQvJSkq/34BNOCMT/Zr67H90vWkVXYAH6Q1DZrjAmVghO2l2TXoq33P',
  'lygLkZueK2ugQUcIaM2e6Ke3DnyUELJEMKFB+xjdipAg9qB5wKltUmewXvOYSr8jdhikgDcrRg0mkrIoagJTBNNDn7srEF2Iq0N8',
  'FNpbcbovbNujSzxGW9BO8QiMklva2shVKzWwIsnXgr44p6TgMTnCNvLHw8d5BVngCi9wOdtIM07d97Lu6iq7G+jSC78gIqmK2eso',
  'VZ+XlNzDTuTtxWo2f8ZFivPAv0bJzVX2B1BLBwhF0duS+QAAAJoBAABQSwMEFAAICAgAXZt5XQAAAAAAAAAAAAAAABMAAABkb2NQ',
  'cm9wcy9jdXN0b20ueG1snc6xCsIwFIXh3acI2dtUB5HStIs4O1T3kN62AXNvyE2LfXsjgu6Ohx8+TtM9/UOsENkRarkvKykALQ0O',
  'Jy1v/aU4ScHJ4GAehKDlBiy7dtdcIwWIyQGLLCBrOacUaqXYzuANlzljLiNFb1KecVI0js7CmeziAZM6VNVR2YUT+SJ8Ofnx6jX9',
  'Sw5k3+/43m8he22jfmfbF1BLBwjh1gCAlwAAAPEAAABQSwMEFAAICAgAXZt5XQAAAAAAAAAAAAAAABMAAABbQ29udGVudF9UeXBl',
  'c10ueG1svVTNT8MgFL/vr2i4msLmwRjTbgc/jrrEeTYIry2ufATY3P57odVlmbVzWeOJwHu/L14gm21knazBOqFVjiZ4jBJQTHOh',
  'yhy9LB7SazSbjrLF1oBLQq9yOaq8NzeEOFaBpA5rAypUCm0l9WFrS2IoW9ISyOV4fEWYVh6UT33kQNPsDgq6qn1yvwnHrW6Ao+S2',
  '7YtSOaLG1IJRH8okVkknzkLteoBrxQ/cpV/OcEA2Pa4Sxl38rmBUeSAgZEwWz7sR7wa6IU0hYJ7CdVvBIZlT6x+pDA3kNSYheOA8',
  'XUqbmnxou3zTeon7r71DTReFYMA1W8kAwc5YoNxVAF7WuFmxpEId0Xd+W4MbWr0h/UPyBuBIs0wGNrHjP+KjHff+HP5p9K6iFviz',
  't+F9Dz6Bfe4+HwE/t9q48DNYON3Ed+6ITk0gAutF/+h3ioH67NQQ3zoHfqo2Wzmv5dnyLc1P8VFGml96+glQSwcI4ju3D2QBAADU',
  'BQAAUEsBAhQAFAAICAgAXZt5XYWaNJruAAAAzgIAAAsAAAAAAAAAAAAAAAAAAAAAAF9yZWxzLy5yZWxzUEsBAhQAFAAICAgAXZt5',
  'XTVgHccIAgAAbwMAAA8AAAAAAAAAAAAAAAAAJwEAAHhsL3dvcmtib29rLnhtbFBLAQIUABQACAgIAF2beV0g3ZC67wIAAP4VAAAN',
  'AAAAAAAAAAAAAAAAAGwDAAB4bC9zdHlsZXMueG1sUEsBAhQAFAAICAgAXZt5XRSkrcGrAwAAHwoAABgAAAAAAAAAAAAAAAAAlgYA',
  'AHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbFBLAQIUABQACAgIAF2beV1P8Pl60gAAACUCAAAaAAAAAAAAAAAAAAAAAIcKAAB4bC9f',
  'cmVscy93b3JrYm9vay54bWwucmVsc1BLAQIUABQACAgIAF2beV19xKtsqQAAAMoAAAAUAAAAAAAAAAAAAAAAAKELAAB4bC9zaGFy',
  'ZWRTdHJpbmdzLnhtbFBLAQIUABQACAgIAF2beV2r1C82YwEAAOkCAAARAAAAAAAAAAAAAAAAAIwMAABkb2NQcm9wcy9jb3JlLnht',
  'bFBLAQIUABQACAgIAF2beV1F0duS+QAAAJoBAAAQAAAAAAAAAAAAAAAAAC4OAABkb2NQcm9wcy9hcHAueG1sUEsBAhQAFAAICAgA',
  'XZt5XeHWAICXAAAA8QAAABMAAAAAAAAAAAAAAAAAZQ8AAGRvY1Byb3BzL2N1c3RvbS54bWxQSwECFAAUAAgICABdm3ld4ju3D2QB',
  'AADUBQAAEwAAAAAAAAAAAAAAAAA9EAAAW0NvbnRlbnRfVHlwZXNdLnhtbFBLBQYAAAAACgAKAIACAADiEQAAAAA=',
].join('');

const LO_XLS_GZ = [
  'H4sIAAAAAAACA+1XXWxUVRCec/d2e1tKuy1UasGyoNBCW7KEBOsPdmFBAaNtKEVjmtjSbn/s/jRtjZKILiKJMZJoIPGFREkKLxLU',
  'mOiDJLZvPmj0hQcNJqUJRoOG1WhME9v1m7nntpftbdJtDYna2cw9Z7/zM3POmZkz55uvS8fPf1R5nbLoIfLRdKaA/C5MgS3nT4DI',
  '0Nh0JpNx4Mwy/atoSpd8hibOLw/MZ56vz7VAl8v036RDlMRvmIK0jxIoB+kY5UJ3wWLc8y1kzPQC+y2UluUvXj7Hb47jPnC2/3Os',
  'Z/8vBK8AF4FXgovBJfYVQKXgMvAq8GpwudgE0RpwBfhucCV4LXgd+B4tf70umTeifi/4Po1tRlm9HHfuCBVYOEV/Hn228ks+cjn7',
  '67CID80xsYsJcBsNsG1EOmKdwTtFe0SHDsU6jMJId6Gm6BzQYvpA0Cvy3SXWBwpTsEFb9NNGWHQ/Ld+NxCOL5fupjPlO8O1URdfE',
  'yt8SJ1CUryLUQTHqo6OIg33oUUlfsH+9Ij3YO9RuaeFeS2sN3SYbvqSelDicRCRuQZ8EDaEWoYP0uCARqjKLaIT98rFoIjrYEasy',
  'S+kC++QxUFt9PN5W39VVZVbQRXZGN9gW7O19MB4fFwcdoT8yQVcwGA0yzloI/vvCcCNHnP53+Aj2zmufa+3+6Wx8yzx43Tz41nnw',
  'Ak88z9HHytbzgo2b2fjFOfgZA39SlOEykPJJWZryS1mWMqVclcqXcnUqL9MuznYKJrqBbxV42I3o+p43MaXCb0xZYKLDpxXdpGf4',
  'QkkfEkn+NF8cLNl5YLh5B61Is8t/jqVYdELhgrJGVRjfMFX9GrCvKAtuYeEKsv6EZ/2FudXMVSdKZHCnWXTLtO+0TqscPHtU5bo0',
  '+OKzA2TgtgBZhHm6MCuHlFLRMoDp6iPrbk7srGx8VvDU7FbTJt45qlMn0DJmbpURtfJ9Vfo6F+dJwV6T72aM7+lm+qGx2lWvmZn3',
  'x8Ytrvp5BDoFrUh214C0OlVR5D851j7e6JSKWtFi0XFZNqk3rBK90mI7RM0+84yArtfZ4UuVCKY8MMMD83lgZhY2JYmFs90vY7eV',
  'JA8HrxjkM4pl3jV0pLW1tWXiRpjbfZJ4cLsfyYUp/5ROgfRCkGD8TM18Nun99rmkLb0mHlBCvnRIxpnpGsEL0gGPFMmgQhnHY3hX',
  'HjHK6BO/fc8QPSz7zMlMiejkCAD1wOx6LPdEyknLCr1yMYUsx1do53ABy7BdzW56lHOmJ/o6B5NDye7h4L4XO6Ox4AP31x/uOBqN',
  'xaJiiXv6ursblpI7KtvLFk3TGRJz85iXxk+9+9tkU2/g/bctqq3++Fve+Es6r+T2/TrnbNZYu843B/RmvaTzztd17nlW55/v6Zz1',
  'pynCHW6PbU30J5IvJDz/c9+QPjqH5tR/mbxVdvx75a4vZf2MGFe/unpu29rAmXew/rrJy3vZxbKwNp0nOwEq4Fpbs87LmYK6vUG3',
  'h125O+/R7oGBI9HBob5kYu7ebN+5LbQjFPLU/598/4n+WTbsNcbn8oanIH2Q+pFxsR79OdtfGVZraDvK5PCuSuY7dhqB3Dhsrgk6',
  'PLco+T7XG2whY/hcDsz4SRPyweii/a8Q8nN9/wX1W80O+S30PNYfR87JZ38AVtAtZ8LIMPLVJJD5qUbLz8th/zeAr83I3wsJnaJD',
  'VCwwN30aFrH+TToOLb//if4GWUKnNAAWAAA=',
].join('');

// ---------------------------------------------------------------------------------------------

describe('readWorkbookBuffer: cell values', () => {
  let input: WorkbookInput;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('数据');
    ws.getCell('A1').value = 'plain';
    ws.getCell('B1').value = { richText: [{ text: '经济' }, { font: { bold: true }, text: '2504' }] };
    ws.getCell('C1').value = '  spaced  ';
    ws.getCell('A2').value = 42;
    ws.getCell('B2').value = true;
    ws.getCell('C2').value = { error: '#N/A' };
    ws.getCell('E2').value = 'after a gap';
    // row 3 left empty
    ws.getCell('A4').value = { formula: '1+1', result: 2 };
    ws.getCell('B4').value = { formula: 'A1', result: 'plain' };
    ws.getCell('C4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('D4').value = { formula: '1=2', result: false };
    ws.getCell('E4').value = { formula: '0*1', result: 0 };
    ws.getCell('F4').value = { formula: 'TODAY()' } as ExcelJS.CellFormulaValue; // no cached result
    ws.getCell('G4').value = { formula: 'DATE(2026,9,15)', result: utc(2026, 9, 15) };
    ws.getCell('G4').numFmt = 'yyyy-mm-dd';
    ws.getCell('H4').value = { formula: 'SUM(1,2', result: { error: '#NAME?' } };
    ws.getCell('H4').numFmt = 'yyyy-mm-dd';
    ws.getCell('I4').value = { formula: '"2026-09-15"', result: '2026-09-15' };
    ws.getCell('I4').numFmt = 'yyyy-mm-dd';
    ws.fillFormula('A5:C5', 'ROW()*10', [50, 50, 50]); // shared formula
    ws.getCell('A6').value = utc(2026, 9, 15);
    ws.getCell('A6').numFmt = 'yyyy-mm-dd';
    ws.getCell('B6').value = utc(2026, 9, 15, 14, 30);
    ws.getCell('B6').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getCell('C6').value = 46280; // a date serial typed into a General cell
    ws.getCell('D6').value = 46280;
    ws.getCell('D6').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('E6').value = 1e12; // beyond JS Date range, date-formatted
    ws.getCell('E6').numFmt = 'yyyy-mm-dd';
    ws.getCell('F6').value = 46280;
    ws.getCell('F6').numFmt = 'mm-dd-yy'; // built-in format 14
    ws.getCell('A7').value = { text: '链接', hyperlink: 'https://example.com/' };
    ws.getCell('B7').value = '';
    ws.getCell('A8').value = '合并';
    ws.mergeCells('A8:B9');
    ws.getCell('C9').value = 'next to merge';
    ws.getCell('D10').value = '';
    ws.getCell('A12').value = null;

    const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
    hidden.getCell('A1').value = 'h';
    const veryHidden = wb.addWorksheet('很隐藏', { state: 'veryHidden' });
    veryHidden.getCell('B2').value = 'vh';
    wb.addWorksheet('空');

    input = await readWorkbookBuffer(await bytesOf(wb), 'cells.xlsx');
  });

  it('keeps every sheet, hidden ones included, in tab order', () => {
    expect(Object.keys(input.sheets)).toEqual(['数据', '隐藏', '很隐藏', '空']);
    expect(input.sheets['隐藏']).toEqual([['h']]);
    expect(input.sheets['很隐藏']).toEqual([[], [null, 'vh']]);
    expect(input.sheets['空']).toEqual([]);
    expect(input.date1904).toBe(false);
    expectWellFormed(input);
  });

  it('converts strings, rich text, numbers, booleans and errors', () => {
    const rows = input.sheets['数据']!;
    expect(rows[0]).toEqual(['plain', '经济2504', '  spaced  ']);
    expect(rows[1]).toEqual([42, true, { error: '#N/A' }, null, 'after a gap']);
    expect(rows[2]).toEqual([]);
  });

  it('hands over formulas’ cached results, falsy ones and date-formatted ones included', () => {
    const row = input.sheets['数据']![3]!;
    expect(row).toEqual([
      2,
      'plain',
      { error: '#DIV/0!' },
      false,
      0,
      null,
      utc(2026, 9, 15),
      { error: '#NAME?' },
      '2026-09-15',
    ]);
    expect(input.sheets['数据']![4]).toEqual([50, 50, 50]);
  });

  it('hands over date cells as UTC midnight of the shown day (+ time), General serials as numbers', () => {
    const row = input.sheets['数据']![5]!;
    expect(row[0]).toEqual(utc(2026, 9, 15));
    expect(row[1]).toEqual(utc(2026, 9, 15, 14, 30));
    expect(row[2]).toBe(46280);
    expect(row[3]).toEqual(utc(2026, 9, 15)); // Excel shows serial 46280 as 2026-09-15
    expect(row[4]).toBe(1e12);
    expect(row[5]).toEqual(utc(2026, 9, 15));
  });

  it('reads a hyperlink as its text and keeps empty strings', () => {
    expect(input.sheets['数据']![6]).toEqual(['链接', '']);
  });

  it('keeps a merged area’s value in its top-left cell only', () => {
    const rows = input.sheets['数据']!;
    expect(rows[7]).toEqual(['合并']);
    expect(rows[8]).toEqual([null, null, 'next to merge']);
    expect(rows[9]).toEqual([null, null, null, '']);
    expect(rows).toHaveLength(10); // row 12 holds nothing
  });

  it('accepts an ArrayBuffer and a Node Buffer as well as a Uint8Array', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 1;
    const bytes = await bytesOf(wb);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect((await readWorkbookBuffer(arrayBuffer as ArrayBuffer, 'a.xlsx')).sheets).toEqual({ S: [[1]] });
    expect((await readWorkbookBuffer(Buffer.from(bytes), 'b.xlsx')).sheets).toEqual({ S: [[1]] });
  });
});

describe('readWorkbookBuffer: the 1904 date system', () => {
  it('exceljs-written (date1904="1"): dates are already shifted, raw serials flagged', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = utc(2026, 9, 15);
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('B1').value = utc(2026, 9, 15, 8, 5);
    ws.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getCell('C1').value = 44818;
    const input = await readWorkbookBuffer(await bytesOf(wb), '1904.xlsx');
    expect(input.date1904).toBe(true);
    expect(input.sheets.S).toEqual([[utc(2026, 9, 15), utc(2026, 9, 15, 8, 5), 44818]]);
  });

  it('LibreOffice-written (date1904="true", which exceljs alone misreads by 1462 days)', async () => {
    const input = await readWorkbookBuffer(Buffer.from(LO_1904_XLSX, 'base64'), 'lo1904.xlsx');
    expect(input.date1904).toBe(true);
    expect(input.sheets['日期']).toEqual([
      ['日期'],
      [utc(2026, 9, 15)],
      [utc(2026, 9, 15, 14, 30)],
      [44818],
      [false],
    ]);
  });

  it('hand-written date1904="1" and "true", built-in and custom date formats, formula results', async () => {
    const sheet =
      '<row r="1"><c r="A1" s="1"><v>44818</v></c><c r="B1" s="2"><v>44818</v></c><c r="C1"><v>44818</v></c>' +
      '<c r="D1" s="1" t="e"><f>SUM(1,2</f><v>#NAME?</v></c><c r="E1" s="1" t="b"><f>FALSE()</f><v>0</v></c>' +
      '<c r="F1" s="1" t="str"><f>"x"</f><v></v></c><c r="G1" s="1"><f>A1</f><v>44818</v></c></row>';
    for (const attr of ['1', 'true']) {
      const input = await readWorkbookBuffer(
        handMadeXlsx(sheet, `<workbookPr date1904="${attr}"/>`, DATE_STYLES),
        `hand-${attr}.xlsx`,
      );
      expect(input.date1904).toBe(true);
      expect(input.sheets.S).toEqual([
        [utc(2026, 9, 15), utc(2026, 9, 15), 44818, { error: '#NAME?' }, false, null, utc(2026, 9, 15)],
      ]);
    }
    const plain = await readWorkbookBuffer(
      handMadeXlsx(sheet, '<workbookPr date1904="false"/>', DATE_STYLES),
      'x',
    );
    expect(plain.date1904).toBe(false);
    expect(plain.sheets.S![0]!.slice(0, 3)).toEqual([utc(2022, 9, 14), utc(2022, 9, 14), 44818]);
  });

  it('reads inline strings, cells without a reference and non-numeric numbers', async () => {
    const sheet =
      '<row r="2"><c r="B2" t="inlineStr"><is><t>内联</t></is></c><c t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></is></c>' +
      '<c r="E2"><v>abc</v></c><c r="F2" t="inlineStr"></c></row>';
    const input = await readWorkbookBuffer(handMadeXlsx(sheet), 'inline.xlsx');
    expect(input.sheets.S).toEqual([[], [null, '内联', '富文本', null, { error: '#VALUE!' }]]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('bad files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'readxlsx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function ole2(...streamNames: string[]): Uint8Array {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const bytes = Buffer.alloc(2048);
    Buffer.from(header).copy(bytes, 0);
    let at = 512; // directory entries: 128 bytes each, name in UTF-16LE
    for (const name of ['Root Entry', ...streamNames]) {
      Buffer.from(name, 'utf16le').copy(bytes, at);
      at += 128;
    }
    return new Uint8Array(bytes);
  }

  async function validXlsx(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('基本信息');
    for (let r = 1; r <= 200; r++) ws.getCell(r, 1).value = `行 ${r} 的一些文字`;
    return bytesOf(wb);
  }

  it('empty file → empty (buffer and path)', async () => {
    await expectFileError(readWorkbookBuffer(new Uint8Array(0), 'e.xlsx'), 'empty', 'e.xlsx');
    const file = path.join(dir, 'empty.xlsx');
    writeFileSync(file, '');
    await expectFileError(readWorkbookFile(file), 'empty', file);
  });

  it('a real .xls (LibreOffice) and xls-like OLE2 bytes → xls', async () => {
    const xls = new Uint8Array(gunzipSync(Buffer.from(LO_XLS_GZ, 'base64')));
    await expectFileError(readWorkbookBuffer(xls, 'old.xlsx'), 'xls', 'old.xlsx');
    await expectFileError(
      readWorkbookBuffer(ole2('Workbook', 'SummaryInformation'), 'b8.xlsx'),
      'xls',
      'b8.xlsx',
    );
    await expectFileError(readWorkbookBuffer(ole2('Book'), 'b5.xlsx'), 'xls', 'b5.xlsx');
  });

  it('password-protected .xlsx (OLE2 with EncryptionInfo) → encrypted', async () => {
    const bytes = ole2('EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces');
    await expectFileError(readWorkbookBuffer(bytes, 'pw.xlsx'), 'encrypted', 'pw.xlsx');
    await expectFileError(readWorkbookBuffer(ole2('EncryptedPackage'), 'pw2.xlsx'), 'encrypted', 'pw2.xlsx');
  });

  it('another OLE2 file (a .doc renamed) → not-xlsx', async () => {
    await expectFileError(readWorkbookBuffer(ole2('WordDocument', '1Table'), 'w.xlsx'), 'not-xlsx', 'w.xlsx');
  });

  it('CSV or tab-separated text renamed .xlsx → csv', async () => {
    const enc = new TextEncoder();
    await expectFileError(
      readWorkbookBuffer(enc.encode('学号,姓名\n2024001,张三\n'), 'a.xlsx'),
      'csv',
      'a.xlsx',
    );
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('学号;姓名\r\n1;张三\r\n')]);
    await expectFileError(readWorkbookBuffer(bom, 'b.xlsx'), 'csv', 'b.xlsx');
    const gbk = new Uint8Array([0xd1, 0xa7, 0xba, 0xc5, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a]); // 学号,姓名 in GBK
    await expectFileError(readWorkbookBuffer(gbk, 'c.xlsx'), 'csv', 'c.xlsx');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('学号\t姓名\r\n1\t张三\r\n', 'utf16le')]);
    await expectFileError(readWorkbookBuffer(utf16, 'd.xlsx'), 'csv', 'd.xlsx');
    const file = path.join(dir, '名单.xlsx');
    writeFileSync(file, '学号,姓名\n');
    await expectFileError(readWorkbookFile(file), 'csv', file);
  });

  it('other text, markup and random bytes → not-xlsx', async () => {
    const enc = new TextEncoder();
    await expectFileError(readWorkbookBuffer(enc.encode('hello world\n'), 't.xlsx'), 'not-xlsx', 't.xlsx');
    const html = enc.encode('<html><body><table><tr><td>学号,姓名</td></tr></table></body></html>');
    await expectFileError(readWorkbookBuffer(html, 'h.xlsx'), 'not-xlsx', 'h.xlsx');
    let seed = 12345;
    const random = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    random[0] = 0x00;
    await expectFileError(readWorkbookBuffer(random, 'r.xlsx'), 'not-xlsx', 'r.xlsx');
    const control = new Uint8Array(200).fill(0x01);
    control[10] = 0x2c;
    await expectFileError(readWorkbookBuffer(control, 'c.xlsx'), 'not-xlsx', 'c.xlsx');
  });

  it('a zip that is not a workbook (.ods, .docx, plain zip renamed) → not-xlsx', async () => {
    const ods = zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' });
    await expectFileError(readWorkbookBuffer(ods, 'o.xlsx'), 'not-xlsx', 'o.xlsx');
  });

  it('truncated or damaged zips and broken XML → corrupt', async () => {
    const good = await validXlsx();
    expect((await readWorkbookBuffer(good, 'ok.xlsx')).sheets['基本信息']).toHaveLength(200);
    for (const cut of [10, 100, Math.floor(good.length / 2), good.length - 30]) {
      await expectFileError(
        readWorkbookBuffer(good.subarray(0, cut), `cut${cut}.xlsx`),
        'corrupt',
        `cut${cut}.xlsx`,
      );
    }
    const damaged = good.slice();
    for (let i = 200; i < damaged.length - 200; i += 97) damaged[i] = (damaged[i] as number) ^ 0x5a;
    await expectFileError(readWorkbookBuffer(damaged, 'd.xlsx'), 'corrupt', 'd.xlsx');
    const broken = handMadeXlsx('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"');
    const error = await expectFileError(readWorkbookBuffer(broken, 'x.xlsx'), 'corrupt', 'x.xlsx');
    expect(error.detail).toBeTruthy();
    expect(error.cause).toBeDefined();
    const file = path.join(dir, 'cut.xlsx');
    writeFileSync(file, good.subarray(0, 500));
    await expectFileError(readWorkbookFile(file), 'corrupt', file);
  });

  it('missing path → not-found; a directory → not-xlsx', async () => {
    const missing = path.join(dir, 'nope', '不存在.xlsx');
    const error = await expectFileError(readWorkbookFile(missing), 'not-found', missing);
    expect(error.detail).toBe('ENOENT');
    expect(error.message).toContain(missing);
    await expectFileError(readWorkbookFile(dir), 'not-xlsx', dir);
  });

  it('reads a good file from a path', async () => {
    const file = path.join(dir, 'good.xlsx');
    writeFileSync(file, await validXlsx());
    const input = await readWorkbookFile(file);
    expect(input.sheets['基本信息']![0]).toEqual(['行 1 的一些文字']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('the independent fixtures (test/fixtures/workbooks)', () => {
  const list = (folder: string) =>
    readdirSync(path.join(FIXTURES, folder))
      .filter((f) => f.endsWith('.xlsx'))
      .sort();

  it('finds the fixture folders', () => {
    expect(list('random').length).toBeGreaterThanOrEqual(20);
    expect(list('libreoffice').length).toBeGreaterThanOrEqual(6);
    expect(list('fuzz').length).toBeGreaterThanOrEqual(12);
  });

  it.each(['random', 'libreoffice'])('%s: every file reads, with 基本信息 and 学生名单', async (folder) => {
    for (const file of list(folder)) {
      const input = await readWorkbookFile(path.join(FIXTURES, folder, file));
      expect(Object.keys(input.sheets)).toEqual(expect.arrayContaining(['基本信息', '学生名单']));
      expect(input.sheets['学生名单']!.length).toBeGreaterThan(1);
      expectWellFormed(input);
    }
  });

  it('a LibreOffice re-save reads the same as the original (up to 15-digit number rounding)', async () => {
    for (const file of list('libreoffice')) {
      const lo = await readWorkbookFile(path.join(FIXTURES, 'libreoffice', file));
      const original = await readWorkbookFile(
        path.join(FIXTURES, 'random', file.replace('.lo.xlsx', '.xlsx')),
      );
      expect(lo.date1904).toBe(original.date1904);
      expect(Object.keys(lo.sheets)).toEqual(Object.keys(original.sheets));
      for (const [name, rows] of Object.entries(original.sheets)) {
        const loRows = lo.sheets[name]!;
        expect(loRows.length).toBe(rows.length);
        rows.forEach((cells, r) => {
          expect((loRows[r] as readonly CellValue[]).length).toBe(cells.length);
          cells.forEach((value, c) => {
            const other = (loRows[r] as readonly CellValue[])[c];
            const where = `${file} ${name} row ${r + 1} col ${c + 1}`;
            if (typeof value === 'number' && typeof other === 'number') {
              expect([where, Math.abs(value - other) <= 1e-9 * Math.max(1, Math.abs(value))]).toEqual([
                where,
                true,
              ]);
            } else {
              expect([where, other]).toEqual([where, value]);
            }
          });
        });
      }
    }
  });

  it('fuzz: every file reads or fails with a WorkbookFileError', async () => {
    for (const file of list('fuzz')) {
      const full = path.join(FIXTURES, 'fuzz', file);
      try {
        expectWellFormed(await readWorkbookFile(full));
      } catch (error) {
        expect([file, error instanceof WorkbookFileError]).toEqual([file, true]);
      }
    }
  });

  it('fuzz: odd cells come through as the file stores them', async () => {
    // f007_0007 谈心记录… A23 of 联系家长: formula SUM(1,2 with cached #NAME? in a date-formatted cell
    const f7 = await readWorkbookFile(path.join(FIXTURES, 'fuzz', 'f007_0007.xlsx'));
    expect(f7.sheets['联系家长']![22]![0]).toEqual({ error: '#NAME?' });
    // f007_0006 has a very hidden sheet; all sheets are kept
    const f6 = await readWorkbookFile(path.join(FIXTURES, 'fuzz', 'f007_0006.xlsx'));
    expect(Object.keys(f6.sheets)).toHaveLength(9);
    // f007_0009: 谈心记录 B7:C9 merged → only B7 holds the value
    const f9 = await readWorkbookFile(path.join(FIXTURES, 'fuzz', 'f007_0009.xlsx'));
    const talks = f9.sheets['谈心记录']!;
    expect(talks[6]![1]).toBe('2026年4月1日');
    expect(talks[6]![2] ?? null).toBeNull();
    expect(talks[7]![1] ?? null).toBeNull();
    expect(talks[8]![2] ?? null).toBeNull();
  });
});

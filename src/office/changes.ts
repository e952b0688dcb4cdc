/**
 * Workbook changes (src/host/contract.ts) from Excel's events. Pure: no Office here.
 */
import type { WorkbookChange } from '../host/contract';
import { boundedRect } from './address';
import type { ApiChangedEvent, ApiSelectionEvent } from './api';

/**
 * A change at an address: those cells, or the whole sheet for rows, columns and other unbounded
 * ranges; `remote` for a co-author's.
 */
export function changeAt(worksheetId: string, address: string, remote = false): WorkbookChange {
  const where = boundedRect(address)
    ? { kind: 'cells' as const, worksheetId, address }
    : { kind: 'sheet' as const, worksheetId };
  return remote ? { ...where, remote: true } : where;
}

/**
 * A change event as a change to re-read; null for the add-in's own writes. `triggerSource` only
 * exists from ExcelApi 1.14: below that the add-in's own writes are told apart by switching its
 * events off around them (`quietly` in ./excel.ts), never by this field. A co-author's edit
 * (source Remote) is marked `remote`.
 */
export function changeOf(event: ApiChangedEvent): WorkbookChange | null {
  if (event.triggerSource === 'ThisLocalAddin') return null;
  const remote = event.source === 'Remote';
  // Inserted or deleted cells move everything below or to the right: re-read the sheet.
  if (event.changeType !== 'RangeEdited') {
    const sheet = { kind: 'sheet' as const, worksheetId: event.worksheetId };
    return remote ? { ...sheet, remote: true } : sheet;
  }
  return changeAt(event.worksheetId, event.address, remote);
}

/**
 * Selection moves as changes: the cell (or range) the selection leaves is re-read, because a value
 * picked from a dropdown there raised no change event.
 */
export class SelectionTrail {
  private last: ApiSelectionEvent | null = null;

  left(event: ApiSelectionEvent): WorkbookChange | null {
    const previous = this.last;
    this.last = event;
    return previous ? changeAt(previous.worksheetId, previous.address, false) : null;
  }
}

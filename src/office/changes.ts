/**
 * Workbook changes (src/host/contract.ts) from Excel's events. Pure: no Office here.
 */
import type { WorkbookChange } from '../host/contract';
import { boundedRect } from './address';
import type { ApiChangedEvent, ApiSelectionEvent } from './api';

/** A change at an address: those cells, or the whole sheet for rows, columns and other unbounded ranges. */
export function changeAt(worksheetId: string, address: string): WorkbookChange {
  return boundedRect(address) ? { kind: 'cells', worksheetId, address } : { kind: 'sheet', worksheetId };
}

/** A change event as a change to re-read; null for the add-in's own writes. */
export function changeOf(event: ApiChangedEvent): WorkbookChange | null {
  if (event.triggerSource === 'ThisLocalAddin') return null;
  // Inserted or deleted cells move everything below or to the right: re-read the sheet.
  if (event.changeType !== 'RangeEdited') return { kind: 'sheet', worksheetId: event.worksheetId };
  return changeAt(event.worksheetId, event.address);
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
    return previous ? changeAt(previous.worksheetId, previous.address) : null;
  }
}

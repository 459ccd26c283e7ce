// Page furniture: the running header (committee and date) and the footer with "Page X of Y".

import { AlignmentType, Footer, Header, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { PageFurniture } from '../../model/types.js';
import { complexField } from './fields.js';
import { textWidthTwips } from './page.js';
import { runText } from './text.js';

export function paperHeader(furniture: PageFurniture): Header | undefined {
  if (furniture.header === null) return undefined;
  return new Header({
    children: [new Paragraph({ style: 'Header', alignment: AlignmentType.RIGHT, children: [new TextRun(runText(furniture.header))] })],
  });
}

/**
 * Footer text on the left, "Page X of Y" on the right. The fields carry "1" as their cached result: a reader that
 * does not update fields shows that rather than nothing; Word and LibreOffice recompute them on every page.
 */
export function paperFooter(furniture: PageFurniture): Footer {
  const pageOf = [new TextRun('Page '), ...complexField('PAGE', '1'), new TextRun(' of '), ...complexField('NUMPAGES', '1')];
  const label = furniture.footer === null ? [] : [new TextRun(runText(furniture.footer))];
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [{ type: TabStopType.RIGHT, position: textWidthTwips }],
        children: [...label, new TextRun({ children: [new Tab()] }), ...pageOf],
      }),
    ],
  });
}

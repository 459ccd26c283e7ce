// pdfkit's typings declare a global `PDFKit` namespace; this names the types we use, so modules import them plainly.
/// <reference types="pdfkit" />

export type PdfDocument = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;
export type StructureElementOptions = PDFKit.Mixins.StructureElementOptions;

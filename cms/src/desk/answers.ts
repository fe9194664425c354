/**
 * What the desk routes answer, as types only: desk/home.ts builds them and the editor's home widgets
 * (admin/desk/HomeWidgets.tsx) read them. This file imports nothing, so the panel can share it.
 */

export interface DeskItem {
  uid: string;
  documentId: string;
  locale: string | null;
  title: string;
  updatedAt: string;
  publishAt?: string;
}

export interface MyColumn {
  nameVi: string;
  nameEn: string;
  url: string | null;
  /** The column's last build as the build service reports it; null when none is connected or it is silent. */
  lastBuild: { result: string; at: string; pages: number | null } | null;
}

export interface MonthReport {
  month: string;
  dueDay: string;
  /** When the period's last day ends: from then on the report can be submitted. */
  opensAt: string;
  documentId: string | null;
  version: number | null;
  status: 'draft' | 'submitted' | 'missing';
  overdue: boolean;
}

import * as React from 'react';
import { widgetTitle } from '../translations/ours';

/**
 * The editor's home (Strapi's homepage widgets API): my drafts, scheduled entries, my column and its last
 * build, this month's report. Registered one line each in app.tsx; the review widgets live elsewhere.
 */
const Icon = ({ d }: { d: string }) => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
    <path d={d} />
  </svg>
);
const DraftIcon = () => <Icon d="M2 12.5V14h1.5l8-8L10 4.5zM13.7 3.8l-1.5-1.5a.7.7 0 0 0-1 0L10.6 3l2.5 2.5.6-.6a.7.7 0 0 0 0-1z" />;
const ClockIcon = () => <Icon d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm.7 7.3V4H7.3v5h4V7.6z" />;
const ColumnIcon = () => <Icon d="M2 2h12v3H2zm0 4h5v8H2zm6 0h6v3H8zm0 4h6v4H8z" />;
const ReportIcon = () => <Icon d="M3 1h7l3 3v11H3zm2 5v1.4h6V6zm0 3v1.4h6V9zm0 3v1.4h4V12z" />;

export const MY_DRAFTS_WIDGET = {
  id: 'column57-my-drafts',
  icon: DraftIcon,
  title: widgetTitle('myDrafts'),
  component: async () => (await import('./HomeWidgets')).MyDraftsWidget,
};
export const SCHEDULED_WIDGET = {
  id: 'column57-scheduled',
  icon: ClockIcon,
  title: widgetTitle('scheduled'),
  component: async () => (await import('./HomeWidgets')).ScheduledWidget,
};
export const MY_COLUMN_WIDGET = {
  id: 'column57-my-column',
  icon: ColumnIcon,
  title: widgetTitle('myColumn'),
  component: async () => (await import('./HomeWidgets')).MyColumnWidget,
};
export const MONTH_REPORT_WIDGET = {
  id: 'column57-month-report',
  icon: ReportIcon,
  title: widgetTitle('monthReport'),
  component: async () => (await import('./HomeWidgets')).MonthReportWidget,
};

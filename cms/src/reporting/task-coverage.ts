/**
 * The rule of the 2030 target "100% of state-funded S&T tasks communicated", the one place it is decided
 * (the dashboard states it in words: REPORTING_TEXT tasksCommunicatedMethod). A task counts, by a day, once
 * by then its body has published an article about it in the column, a radio bulletin made from an article
 * about it has gone on air (also when the article was taken down since), or its editors have recorded
 * coverage of it outside the column (press, television, social networks, digital platforms).
 */
export interface TaskRow {
  documentId: string;
  body: string | null;
  start: string;
  /** The days of the coverage its editors recorded outside the column. */
  press: string[];
}

/** A published radio bulletin made from an article, with the tasks that article is about. */
export interface BulletinTasksRow {
  day: string;
  tasks: string[];
}

export function communicatedTasks(
  told: {
    articles: ReadonlyArray<{ day: string; tasks: string[] }>;
    bulletins: readonly BulletinTasksRow[];
    tasks: readonly TaskRow[];
  },
  by: string,
): Set<string> {
  const communicated = new Set<string>();
  for (const item of [...told.articles, ...told.bulletins])
    if (item.day && item.day <= by) for (const task of item.tasks) communicated.add(task);
  for (const task of told.tasks) if (task.press.some((day) => day && day <= by)) communicated.add(task.documentId);
  return communicated;
}

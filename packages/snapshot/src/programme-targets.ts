import { defineVocabulary } from '@column57/i18n';

/**
 * The programme's targets (Decision 1169/QĐ-TTg implementing Resolution 57-NQ/TW): what the national
 * dashboard measures and what a column's bulletin board reminds the public of. Declared here, below both,
 * so the CMS's reports and the column name and number each target the same way.
 */
export const PROGRAMME_TARGET = defineVocabulary(
  'snapshot/programme-target',
  ['plansIssued', 'columnsLive', 'officialsInformed', 'tasksCommunicated', 'grassrootsReach', 'staffTrained'],
  {
    plansIssued: { vi: 'Cơ quan ban hành kế hoạch thực hiện', en: 'Bodies with an implementation plan' },
    columnsLive: { vi: 'Cơ quan có chuyên mục Nghị quyết 57 đang hoạt động', en: 'Bodies with a live Resolution 57 column' },
    officialsInformed: { vi: 'Cán bộ, công chức, viên chức được quán triệt', en: 'Officials informed of the resolution' },
    tasksCommunicated: {
      vi: 'Nhiệm vụ KH&CN sử dụng ngân sách nhà nước được truyền thông',
      en: 'State-funded S&T tasks communicated',
    },
    grassrootsReach: {
      vi: 'Dân số được tiếp cận qua hệ thống thông tin cơ sở (trung bình các tỉnh, thành)',
      en: 'Population reached through grassroots information (mean of provinces)',
    },
    staffTrained: { vi: 'Cán bộ truyền thông được bồi dưỡng', en: 'Communication staff trained' },
  },
);

export type ProgrammeTargetKey = (typeof PROGRAMME_TARGET.codes)[number];

/** Each target's goal (a percentage) and the year it is due. */
export const PROGRAMME_GOALS: Readonly<Record<ProgrammeTargetKey, { goal: number; by: number }>> = {
  plansIssued: { goal: 100, by: 2025 },
  columnsLive: { goal: 100, by: 2025 },
  officialsInformed: { goal: 100, by: 2025 },
  tasksCommunicated: { goal: 100, by: 2030 },
  grassrootsReach: { goal: 80, by: 2030 },
  staffTrained: { goal: 70, by: 2030 },
};

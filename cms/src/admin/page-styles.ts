import type React from 'react';

/** The look our admin pages share with Strapi's own tables and secondary buttons, declared once. */
export const tableCell: React.CSSProperties = {
  textAlign: 'left',
  padding: '8px 12px',
  borderBottom: '1px solid #dcdce4',
  verticalAlign: 'top',
};

export const secondaryButton: React.CSSProperties = {
  padding: '6px 12px',
  marginRight: 8,
  border: '1px solid #4945ff',
  borderRadius: 4,
  background: '#fff',
  color: '#271fe0',
  cursor: 'pointer',
};

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderFields } from '../testing/renderFields.js';

describe('RatingInput', () => {
  it('is a radio group of named stars', async () => {
    const { session, user } = renderFields([{ id: 'score', type: 'rating', label: 'Satisfaction', max: 5 }], { locale: 'zh-CN' });
    const group = screen.getByRole('group', { name: 'Satisfaction' });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    await user.click(within(group).getByRole('radio', { name: '4 星' }));
    expect(session.getValue('/score')).toBe(4);
  });
});

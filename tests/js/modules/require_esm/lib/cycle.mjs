import './cycle_back.cjs';
export const cycle = 'cycle';

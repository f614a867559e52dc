import { late } from './tla.mjs';
export const viaTla = late;

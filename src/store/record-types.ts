// The record types each diary file may hold. Kept apart from schema.ts so that
// reading the diary, which checks records with validate-record.ts, does not load zod.
import type { DiaryRecord, EpisodeRecord } from './schema.js';

export const EPISODE_TYPES: readonly EpisodeRecord['type'][] = ['episode-start', 'episode-end'];
export const DIARY_TYPES: readonly DiaryRecord['type'][] = ['pain', 'check', 'timer-session'];

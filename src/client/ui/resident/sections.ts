import type { ComponentType } from 'react';
import { ResidentMap } from './ResidentMap';

export interface ResidentSectionProps {
  householdId: string;
}

/**
 * The parts of the bewonersweergave, in order. Each shows only what is the resident's own (their
 * scores and words, their plan), never a worker's note, and offers no way to another screen.
 *
 * Seam for the plan (issue 11): its resident part ("wat gaan we doen, wie doet wat") is added to
 * this list as one more component taking ResidentSectionProps; the screen needs no change.
 */
export const residentSections: readonly ComponentType<ResidentSectionProps>[] = [ResidentMap];

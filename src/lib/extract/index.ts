// The extractors, in the order they run. Each fills its own fields; adding one is adding a line.
import type { Extractor } from '../extractor.ts';
import { extractCounts } from './counts.ts';
import { extractDeductions } from './deductions.ts';
import { extractEntity } from './entity.ts';
import { extractFundLines } from './fund-lines.ts';
import { extractGrade } from './grade.ts';
import { extractIndicators } from './indicators.ts';
import { extractLists } from './lists.ts';
import { extractMoney } from './money.ts';
import { extractPrecision } from './precision.ts';
import { extractProjects } from './projects.ts';
import { extractRatios } from './ratios.ts';
import { extractScope } from './scope.ts';
import { extractScore } from './score.ts';
import { extractTitle } from './title.ts';

export const extractors: readonly Extractor[] = [
  extractTitle,
  extractEntity,
  extractScope,
  extractMoney,
  extractScore,
  extractGrade,
  extractDeductions,
  extractFundLines,
  extractIndicators,
  extractProjects,
  extractLists,
  extractCounts,
  extractRatios,
  extractPrecision,
];

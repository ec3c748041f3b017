/** The API's shapes, shared with the server as types only (nothing from src/ is bundled into the browser). */
export type {
  ExplainChain,
  ExplainIndicatorStep,
  ExplainInput,
  IndicatorInfo,
  IndicatorValue,
  Lang,
  MonitorMeta,
  Profile,
  ProfileIndicator,
  ProfileYear,
  RankRow,
  RegionInfo,
} from '../../src/service/types.ts';
export type { ValueStatus } from '../../src/types.ts';

/** GET /api/map: the municipalities projected once on the server (src/server/map-layout.ts). */
export interface MapLayout {
  width: number;
  height: number;
  projection: string;
  features: { code: string; name: string; d: string }[];
}

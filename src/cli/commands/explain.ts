/** `regionmonitor explain CODE --year Y`: "tallenes vandring", from SSB's figures to the published rank. */
import type { Command } from 'commander';
import type { ExplainChain } from '../../service/types.ts';
import { withMonitor, intOption, formatValue } from '../monitor-context.ts';
import { printJson } from '../output.ts';

export function register(program: Command): void {
  program
    .command('explain')
    .description('trace a unit’s strength indicator back to the SSB tables and vintages it came from')
    .argument('<code>', 'municipality code or own region id')
    .requiredOption('--year <year>', 'year')
    .option('--indicator <id>', 'one indicator only')
    .option('--profile <name>', 'composite profile', 'styrkeanalysen')
    .option('--regions <file>', 'own-regions config (JSON)')
    .option('--json', 'machine-readable output')
    .action(async (code: string, opts: { year: string; indicator?: string; profile: string; json?: boolean }, command: Command) => {
      const year = intOption(opts.year, '--year')!;
      await withMonitor(command, async (monitor) => {
        const chain = await monitor.explain(code, year, { indicator: opts.indicator, profile: opts.profile });
        if (opts.json) return printJson(chain);
        process.stdout.write(formatChain(chain));
      });
    });
}

function formatChain(c: ExplainChain): string {
  const lines = [`${c.region.name} (${c.region.code}), ${c.year} — profile ${c.profile}`, ''];
  for (const s of c.steps) {
    lines.push(`■ ${s.name.en} [${s.indicator}]${s.direction === 0 ? ' (context, weight 0)' : s.direction > 0 ? ' ↑' : ' ↓'}`);
    for (const i of s.inputs) {
      const via = i.from.length > 1 || (i.from[0] && i.from[0].code !== i.region) ? ` = ${i.from.map((f) => `${f.code}${f.share < 1 ? `×${f.share}` : ''}`).join(' + ')}` : '';
      lines.push(`    ${i.variable} ${i.region}${i.counterpart ? `→${i.counterpart}` : ''} ${i.year}: ${formatValue(i.value)}${i.status === 'ok' ? '' : ` (${i.status})`}  — SSB table ${i.table}, vintage #${i.vintageId ?? '–'} ${i.vintageLoadedAt ?? ''}${via}`);
    }
    lines.push(`    ${s.formulaFilled}${s.reason ? `   (${s.reason})` : ''}`);
    if (s.rank !== null && s.prank !== null) {
      lines.push(`    rank ${s.rank} of ${s.n} → prank (r−1)/(n−1) = ${s.prank.toFixed(4)}, position ${Math.round(s.position! * 100)} %; weight ${s.weight.toFixed(4)} → contribution ${s.contribution?.toFixed(4)}`);
    } else if (s.position !== null) {
      lines.push(`    position ${Math.round(s.position * 100)} % (not in the composite this year)`);
    }
  }
  lines.push('', c.composite.formula, c.rank.rank === null ? 'not ranked' : `rank ${c.rank.rank} of ${c.rank.of}`, '');
  return lines.join('\n');
}

// `rules validate`, `test`, `diff` and `audit`: the ruleset treated as code in CI. The work is done in
// rules/ and golden/, the words in report/formatters/rules-*.ts.
import type { Command } from 'commander';
import { ERROR_EXIT_CODE, KualifikasiError, type SourceProblem } from '../errors/catalogue.js';
import type { Lang } from '../i18n/labels.js';
import { defaultRulesDir, loadRuleset } from '../rules/load.js';
import type { Cli } from './context.js';
import { asOfOption, checkDate, formatOption, langOption, percentage, rulesDirArgument, today } from './options.js';

export function registerRules(program: Command, cli: Cli): void {
  const rules = program.command('rules').description(cli.h('mengelola aturan (ruleset)', 'work on the ruleset'));
  for (const register of [registerValidate, registerTest, registerDiff, registerAudit]) register(rules, cli);
}

function registerValidate(rules: Command, cli: Cli): void {
  const { h, io } = cli;
  rules
    .command('validate')
    .description(
      h(
        'memvalidasi folder aturan: skema, rujukan, tanggal, pengecualian yang bertabrakan',
        'validate a rules folder: schema, references, dates, colliding exceptions',
      ),
    )
    .argument(...rulesDirArgument(h))
    .addOption(langOption(h))
    .addOption(
      formatOption(
        h,
        ['text', 'sarif'],
        h('format keluaran (sarif untuk anotasi pull request)', 'output format (sarif for pull-request annotations)'),
      ),
    )
    .action((dir: string | undefined, opts: { lang: Lang; format: 'text' | 'sarif' }) =>
      cli.act(opts.lang, async () => {
        if (opts.format === 'text') {
          const { rulesValidateText } = await import('../report/formatters/rules-validate-text.js');
          io.stdout(rulesValidateText(await loadRuleset(dir ?? defaultRulesDir()), opts.lang));
          return 0;
        }
        // SARIF always goes to stdout, also for invalid rules (exit 2), so CI can annotate the lines.
        const problems = await ruleProblems(dir ?? defaultRulesDir());
        const { rulesValidateSarif } = await import('../report/formatters/rules-validate-sarif.js');
        io.stdout(rulesValidateSarif(cli.tool, problems));
        return problems.length > 0 ? ERROR_EXIT_CODE : 0;
      }),
    );
}

/** The problems that make a rules folder invalid; none when it loads. */
async function ruleProblems(dir: string): Promise<SourceProblem[]> {
  try {
    await loadRuleset(dir);
    return [];
  } catch (e) {
    if (e instanceof KualifikasiError && e.code === 'RULES_INVALID') return e.problems;
    throw e;
  }
}

function registerTest(rules: Command, cli: Cli): void {
  const { h, io } = cli;
  rules
    .command('test')
    .description(
      h(
        'menjalankan kasus uji emas (golden cases) aturan dan melaporkan cakupan aturan',
        "run the rules' golden cases and report rule coverage",
      ),
    )
    .argument(...rulesDirArgument(h))
    .option('--cases <dir>', h('folder kasus (bawaan: <dir>/tests)', 'cases folder (default: <dir>/tests)'))
    .addOption(formatOption(h, ['text', 'json', 'junit']))
    .option(
      '--min-coverage <percent>',
      h('gagal bila cakupan aturan di bawah persentase ini', 'fail when rule coverage is below this percentage'),
      percentage,
    )
    .addOption(langOption(h))
    .action((dir: string | undefined, opts: { cases?: string; format: 'text' | 'json' | 'junit'; minCoverage?: number; lang: Lang }) =>
      cli.act(opts.lang, async () => {
        const { testRules } = await import('../golden/run.js');
        const run = await testRules(dir ?? defaultRulesDir(), opts);
        if (opts.format === 'json') io.stdout((await import('../report/formatters/rules-test-json.js')).rulesTestJson(run));
        else if (opts.format === 'junit') io.stdout((await import('../report/formatters/rules-test-junit.js')).rulesTestJunit(run));
        else io.stdout((await import('../report/formatters/rules-test-text.js')).rulesTestText(run, opts.lang));
        return run.exitCode;
      }),
    );
}

function registerDiff(rules: Command, cli: Cli): void {
  const { h, io } = cli;
  rules
    .command('diff')
    .description(
      h(
        'hasil mana yang berubah antara dua versi aturan (folder atau revisi git), dan karena aturan apa',
        'which verdicts change between two rulesets (folders or git revisions), and which rule caused it',
      ),
    )
    .argument('<base>', h('folder aturan atau revisi git (misalnya main)', 'rules folder or git revision (e.g. main)'))
    .argument(
      '[head]',
      h('folder aturan atau revisi git (bawaan: aturan saat ini)', 'rules folder or git revision (default: the current rules)'),
    )
    .option('--cases <dir>', h('folder kasus (bawaan: tests/ pada aturan baru)', "cases folder (default: the head rules' tests/)"))
    .option(
      '--fail-on-change',
      h('gagal bila ada perubahan hasil yang tidak diumumkan di changelog', 'fail on verdict changes the changelog does not announce'),
      false,
    )
    .addOption(formatOption(h, ['text', 'json']))
    .addOption(langOption(h))
    .action(
      (base: string, head: string | undefined, opts: { cases?: string; failOnChange: boolean; format: 'text' | 'json'; lang: Lang }) =>
        cli.act(opts.lang, async () => {
          const { diffRules } = await import('../golden/run.js');
          const diff = await diffRules(base, head, defaultRulesDir(), opts);
          if (opts.format === 'json') io.stdout((await import('../report/formatters/rules-diff-json.js')).rulesDiffJson(diff));
          else io.stdout((await import('../report/formatters/rules-diff-text.js')).rulesDiffText(diff, opts.lang));
          return diff.exitCode;
        }),
    );
}

function registerAudit(rules: Command, cli: Cli): void {
  const { h, io } = cli;
  rules
    .command('audit')
    .description(
      h(
        'kutipan yang belum diverifikasi, instrumen yang sudah diganti, tinjauan yang terlambat',
        'unverified citations, superseded instruments, overdue reviews',
      ),
    )
    .argument(...rulesDirArgument(h))
    .option('--strict', h('keluar dengan kode 1 bila ada temuan', 'exit 1 when there is any finding'), false)
    .addOption(asOfOption(h('tanggal pembanding tinjauan (bawaan: hari ini)', 'date to compare review dates with (default: today)')))
    .addOption(formatOption(h, ['text', 'json']))
    .addOption(langOption(h))
    .action((dir: string | undefined, opts: { strict: boolean; asOf?: string; format: 'text' | 'json'; lang: Lang }) =>
      cli.act(opts.lang, async () => {
        const asOf = checkDate(opts.asOf) ?? today();
        const { auditRules } = await import('../rules/audit.js');
        const audit = await auditRules(dir ?? defaultRulesDir(), { asOf, strict: opts.strict });
        if (opts.format === 'json') io.stdout((await import('../report/formatters/rules-audit-json.js')).rulesAuditJson(audit, opts.lang));
        else io.stdout((await import('../report/formatters/rules-audit-text.js')).rulesAuditText(audit, opts.lang));
        return audit.exitCode;
      }),
    );
}

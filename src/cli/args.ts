/** Parsed command line of `hearsay`. */
export interface CliArgs {
  files: string[];
  jsonl: boolean;
  format: 'json' | 'text';
  language: string | undefined;
  referenceDate: string | undefined;
  durations: boolean;
  jobs: number | undefined;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage:
  hearsay [options] FILE...     analyze each file, print one Analysis per file
  hearsay [options] -           analyze standard input
  hearsay --jsonl [options]     read JSON lines {"id","text","referenceDate"?,"language"?} from stdin,
                                write one line {"id", ...Analysis} per input line, in input order;
                                a bad line gets {"id","line","error"} instead (id null when the
                                line is not a JSON object); blank lines are skipped, no output

Options:
  --format json|text            pretty JSON (default) or a readable summary
  --language CODE               'auto' (default), en, pl or de
  --durations                   also report durations (three months) among the dates
  --reference-date YYYY-MM-DD   the day relative dates resolve against
  --jobs N                      worker threads for --jsonl (default: number of cores; 1: none)
  -h, --help                    this help
  -v, --version                 the version

Exit status: 0 on success, 1 when a file could not be read or any --jsonl line failed,
2 on a bad command line. With --jsonl, progress is shown on stderr when it is a terminal.`;

export class UsageError extends Error {}

/** Parses argv (without node and the script). Throws UsageError on a bad command line. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    files: [],
    jsonl: false,
    format: 'json',
    language: undefined,
    referenceDate: undefined,
    durations: false,
    jobs: undefined,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--durations':
        args.durations = true;
        break;
      case '--jsonl':
        args.jsonl = true;
        break;
      case '--format': {
        const f = value();
        if (f !== 'json' && f !== 'text') throw new UsageError(`--format must be json or text, got ${f}`);
        args.format = f;
        break;
      }
      case '--language':
        args.language = value();
        break;
      case '--reference-date':
        args.referenceDate = value();
        break;
      case '--jobs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError('--jobs must be an integer from 1 to 256');
        args.jobs = n;
        break;
      }
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '-v':
      case '--version':
        args.version = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        args.files.push(a);
    }
  }
  return args;
}

/**
 * Which component of the stack a slide is about, from its title, so the theme can give it that
 * component's colour: the same colour its box has in every diagram (src/shared/diagramTheme.ts).
 */
const KEYWORDS: [RegExp, string][] = [
  [/\bnginx\b/i, 'nginx'],
  [/\bgunicorn\b/i, 'gunicorn'],
  [/\bdjango\b/i, 'django'],
  [/\b(postgres(ql)?|database|rds)\b/i, 'postgres'],
  [/\b(load balanc\w*|elb)\b/i, 'elb'],
  [/\bauto-?scal\w*\b/i, 'ec2'],
  [/\bdns\b/i, 'dns'],
  [/\b(cloudfront|cdn)\b/i, 'cdn'],
  [/\bblue-green\b/i, 'green'],
];

export function componentOf(title: string): string | undefined {
  return KEYWORDS.find(([re]) => re.test(title))?.[1];
}

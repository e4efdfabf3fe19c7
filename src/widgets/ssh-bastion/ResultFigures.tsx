/** The last attempt's result, the layer that stopped it and how long it took, as named outputs. */
import { Figures, LabelledOutput } from '../kit/Figures.tsx';
import type { AttemptResult } from './bastionTypes.ts';
import { layerText, OUTCOME_TEXT, tookText } from './accessText.ts';

export function ResultFigures({ result }: { result: AttemptResult | null }) {
  return (
    <Figures>
      <LabelledOutput
        className={`sshb-result sshb-result-${result?.outcome ?? 'none'}`}
        label="Result"
        value={result ? OUTCOME_TEXT[result.outcome] : '–'}
      />
      <LabelledOutput label="Layer" value={result ? layerText(result) : '–'} />
      <LabelledOutput label="Took" value={result ? tookText(result) : '–'} />
    </Figures>
  );
}

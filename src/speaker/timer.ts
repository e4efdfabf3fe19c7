/**
 * The speaker view's clock, elapsed time and pacing, as reveal.js's speaker view shows them
 * (adapted from its notes plugin, MIT licence, © Hakim El Hattab). Pacing appears only when the
 * deck sets `defaultTiming` or `totalTime` (or slides carry `data-timing`): seconds per slide.
 */

export interface TimingConfig {
  totalTime?: number | null;
  defaultTiming?: number | null;
  minimumTimePerSlide?: number | null;
}

/** Seconds allocated to each slide, or null when the deck asks for no pacing. Pure. */
export function slideTimings(
  slides: Record<string, string>[],
  config: TimingConfig,
): { timings: number[]; underMinimum: number } | null {
  const { totalTime } = config;
  let defaultTiming = config.defaultTiming;
  if (defaultTiming == null && totalTime == null) return null;
  // A total time overrides the per-slide default: it is shared by the slides without their own.
  if (totalTime) defaultTiming = 0;
  let timings = slides.map((slide) => {
    const own = Object.hasOwn(slide, 'data-timing') ? parseInt(slide['data-timing'], 10) : NaN;
    return Number.isNaN(own) ? (defaultTiming ?? 0) : own;
  });
  if (totalTime) {
    const left = totalTime - timings.reduce((a, b) => a + b, 0);
    const open = timings.filter((t) => t === 0).length;
    const each = open > 0 ? Math.round(left / open) : 0;
    timings = timings.map((t) => (t === 0 ? each : t));
  }
  const underMinimum = timings.filter((t) => t < (config.minimumTimePerSlide ?? 0)).length;
  return { timings, underMinimum };
}

/** Hours, minutes and seconds of a duration in ms, as the view prints them (`-`00, :05, :09). */
export function timeParts(ms: number): { sign: string; hours: number; minutes: number; seconds: number } {
  const sign = ms < 0 ? '-' : '';
  const total = Math.abs(Math.round(ms / 1000));
  return {
    sign,
    hours: Math.floor(total / 3600),
    minutes: Math.floor(total / 60) % 60,
    seconds: total % 60,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Writes a duration into a `.hours-value`/`.minutes-value`/`.seconds-value` group; text only. */
export function showTime(group: Element, ms: number): void {
  const { sign, hours, minutes, seconds } = timeParts(ms);
  const hoursEl = group.querySelector('.hours-value');
  const minutesEl = group.querySelector('.minutes-value');
  const secondsEl = group.querySelector('.seconds-value');
  if (!hoursEl || !minutesEl || !secondsEl) return;
  hoursEl.textContent = sign + pad(hours);
  hoursEl.classList.toggle('mute', hours === 0);
  minutesEl.textContent = `:${pad(minutes)}`;
  minutesEl.classList.toggle('mute', hours === 0 && minutes === 0);
  secondsEl.textContent = `:${pad(seconds)}`;
}

type Call = (method: string, args: unknown[]) => Promise<unknown>;

/** Starts the clock and timer in `.speaker-controls-time`; a click resets the timer. */
export async function startTimer(timeEl: HTMLElement, call: Call): Promise<void> {
  const clock = timeEl.querySelector('.clock-value');
  const timer = timeEl.querySelector<HTMLElement>('.timer');
  const pacing = timeEl.querySelector<HTMLElement>('.pacing');
  const pacingTitle = timeEl.querySelector<HTMLElement>('.pacing-title');
  const attributes = (await call('getSlidesAttributes', [])) as Record<string, string>[] | null;
  const config = ((await call('getConfig', [])) ?? {}) as TimingConfig;
  const plan = slideTimings(Array.isArray(attributes) ? attributes : [], config);
  if (plan?.underMinimum) {
    console.warn(
      `speaker view: ${plan.underMinimum} slide(s) get less than minimumTimePerSlide; check data-timing, totalTime or minimumTimePerSlide.`,
    );
  }
  if (plan && pacing && pacingTitle) {
    pacing.hidden = false;
    pacingTitle.hidden = false;
  }
  /** Seconds allocated up to the end of the slide the presenter is on, and that slide's own. */
  const allocation = async (): Promise<{ end: number; own: number }> => {
    const past = Number(await call('getSlidePastCount', [])) || 0;
    const upTo = plan!.timings.slice(0, past + 1);
    return { end: upTo.reduce((a, b) => a + b, 0), own: plan!.timings[past] ?? 0 };
  };

  let start = Date.now();
  const update = async (): Promise<void> => {
    const now = new Date();
    const elapsed = now.getTime() - start;
    if (clock) {
      clock.textContent = now.toLocaleTimeString('en-US', {
        hour12: true,
        hour: '2-digit',
        minute: '2-digit',
      });
    }
    if (timer) showTime(timer, elapsed);
    if (plan && pacing) {
      const { end, own } = await allocation();
      const left = end * 1000 - elapsed;
      pacing.className = `pacing ${left < 0 ? 'behind' : left < own * 1000 ? 'on-track' : 'ahead'}`;
      showTime(pacing, left);
    }
  };
  timeEl.addEventListener('click', () => {
    if (!plan) {
      start = Date.now();
      void update();
      return;
    }
    // With pacing, the timer goes back to the start of the current slide's allocation.
    void allocation().then(({ end, own }) => {
      start = Date.now() - (end - own) * 1000;
      void update();
    });
  });
  await update();
  setInterval(() => void update(), 1000);
}

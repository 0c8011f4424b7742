/** The colour legend ("green = key fact"): loaded from settings, edited in place, saved. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Colour, LecternClient } from '../../main/contract';
import { describeError } from '../ui/describe-error';
import { legendFromSettings, legendToSettings, type ColourLegend } from './colours';

type LegendApi = Pick<LecternClient, 'getState' | 'saveSettings'>;

const SAVE_DELAY_MS = 500;

/** The legend plus a setter that saves shortly after the last keystroke. */
export function useColourLegend(api: LegendApi, onError: (message: string) => void) {
  const [legend, setLegend] = useState<ColourLegend>(() => legendFromSettings(undefined));
  const saved = useRef<ColourLegend>(legend);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(legend);

  useEffect(() => {
    let live = true;
    api.getState({}).then(
      (state) => {
        if (!live) return;
        const loaded = legendFromSettings(state.settings.colourLegend);
        saved.current = loaded;
        latest.current = loaded;
        setLegend(loaded);
      },
      () => {
        // The defaults stand in; the reading pane reports a broken back end on its own.
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = latest.current;
    if (legendToSettings(next).every((e, i) => e.meaning === legendToSettings(saved.current)[i].meaning)) return;
    try {
      await api.saveSettings({ colourLegend: legendToSettings(next) });
      saved.current = next;
    } catch (err) {
      latest.current = saved.current;
      setLegend(saved.current);
      onError(`Could not save the colour legend: ${describeError(err)}`);
    }
  }, [api, onError]);

  const setMeaning = useCallback(
    (colour: Colour, meaning: string) => {
      const next = { ...latest.current, [colour]: meaning };
      latest.current = next;
      setLegend(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  return { legend, setMeaning, flush };
}

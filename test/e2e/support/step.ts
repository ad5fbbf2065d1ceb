// A failing end-to-end step is explained by what the workbench showed at that moment.
import { test } from 'node:test';
import type { Workbench } from './browser';

/**
 * `test`, leaving a screenshot `failed-<name>` of the workbench when the step fails. `workbench` is a getter
 * because the suite launches the browser in `before`, after its steps are declared.
 */
export function stepWithScreenshot(workbench: () => Workbench | undefined): (name: string, fn: () => Promise<void>) => void {
  return (name, fn) =>
    void test(name, async () => {
      try {
        await fn();
      } catch (error) {
        await workbench()?.screenshot(`failed-${name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => undefined);
        throw error;
      }
    });
}

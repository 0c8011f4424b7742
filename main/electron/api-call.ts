/**
 * Calls the API from the main process the way the window does, through `dispatch`, so the
 * same validation applies; failures become ApiFailures the desktop handlers report.
 */
import type { Input, LecternApi, MethodName, Output } from '../contract.js';
import { dispatch } from '../core/dispatch.js';
import { ApiFailure } from '../core/errors.js';

/** Runs one API method with validation; resolves to its value or throws an ApiFailure. */
export async function callApi<M extends MethodName>(api: LecternApi, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
  return result.value as Output<M>;
}

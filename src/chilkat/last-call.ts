/** The two properties by which a Chilkat object reports its last call (JsonObject and JsonArray share them). */
export interface ChilkatLastCall {
  LastMethodSuccess: boolean;
  LastErrorText: string;
}

/**
 * Records a successful call: LastMethodSuccess true, LastErrorText empty.
 *
 * @returns true, so that a method can `return reportSuccess(this)`.
 * @example
 * const json = new JsonObject();
 * reportSuccess(json); //=> true
 * json.LastErrorText; //=> ''
 */
export function reportSuccess(target: ChilkatLastCall): true {
  target.LastMethodSuccess = true;
  target.LastErrorText = '';
  return true;
}

/**
 * Records a failed call: LastMethodSuccess false, LastErrorText `Method: reason`.
 *
 * @returns false, so that a method can `return reportFailure(this, …)`.
 * @example
 * const json = new JsonObject();
 * reportFailure(json, 'Delete', 'no member named "a"'); //=> false
 * json.LastErrorText; //=> 'Delete: no member named "a"'
 */
export function reportFailure(target: ChilkatLastCall, method: string, reason: string): false {
  target.LastMethodSuccess = false;
  target.LastErrorText = `${method}: ${reason}`;
  return false;
}

/**
 * Records a successful call and returns its answer: for the readers that always succeed (IntOf, BoolOf, …).
 *
 * @example
 * reportAnswer(new JsonObject(), 0); //=> 0
 */
export function reportAnswer<Answer>(target: ChilkatLastCall, answer: Answer): Answer {
  reportSuccess(target);
  return answer;
}

/**
 * Records a failed call and returns null: for the readers that answer null when nothing is found (StringOf, ObjectOf, …).
 *
 * @example
 * reportMissing(new JsonObject(), 'StringOf', 'nothing at path "a"'); //=> null
 */
export function reportMissing(target: ChilkatLastCall, method: string, reason: string): null {
  reportFailure(target, method, reason);
  return null;
}

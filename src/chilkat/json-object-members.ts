import { JsonObjectUpdates } from './json-object-updates.js';
import { reportFailure, reportSuccess } from './last-call.js';
import { createArrayNode, createObjectNode, findMemberIndex, insertMember, removeMemberAt, replaceMembers, type ChilkatNode } from './model.js';
import { checkMemberName, makeBoolValue, makeIntValue, makeRawNumberValue, makeStringValue, type ChilkatValueResult } from './values.js';

/**
 * The members layer of JsonObject: members by name or index, not by path (Append*, Add*At, Delete,
 * DeleteAt, Clear); PathPrefix does not apply.
 *
 * @example
 * new JsonObject().AppendString('a', 'x'); //=> true
 */
export class JsonObjectMembers extends JsonObjectUpdates {
  /**
   * Removes the first member with this name (a name, not a path; PathPrefix is ignored).
   *
   * @example
   * const json = new JsonObject(); json.UpdateInt('a', 1);
   * json.Delete('a'); //=> true
   */
  Delete(name: string): boolean {
    const index = findMemberIndex(this.state.node, name);
    if (index < 0) return reportFailure(this, 'Delete', `no member named ${JSON.stringify(name)}`);
    removeMemberAt(this.state.node, index);
    return reportSuccess(this);
  }

  /**
   * Removes the member at an index; like Chilkat, true also when the index is out of range (false on a fresh object).
   *
   * @example
   * new JsonObject().DeleteAt(3); //=> true
   */
  DeleteAt(index: number): boolean {
    // Chilkat answers false only while its document does not exist yet; any index is fine after that.
    if (!this.state.touched) return reportFailure(this, 'DeleteAt', 'the object is empty');
    removeMemberAt(this.state.node, index);
    return reportSuccess(this);
  }

  /**
   * Removes every member.
   *
   * @example
   * new JsonObject().Clear();
   */
  Clear(): void {
    // Chilkat's document exists only once something used it; clearing it marks it "emptied" for pretty output.
    if (this.state.touched) this.state.node.everHadMembers = true;
    this.state.touched = true;
    replaceMembers(this.state.node, []);
    reportSuccess(this);
  }

  /** Inserts a member for an Append or Add*At method and reports the outcome under that method's name. */
  protected add(method: string, index: number, name: unknown, value: ChilkatValueResult | ChilkatNode): boolean {
    this.state.touched = true;
    const problem = checkMemberName(name, this.state.allowInvalid);
    if (problem !== undefined) return reportFailure(this, method, problem);
    if ('refused' in value) return reportFailure(this, method, value.refused);
    if (!Number.isInteger(index)) return reportFailure(this, method, 'the index must be an integer');
    insertMember(this.state.node, index, name as string, 'node' in value ? value.node : value);
    return reportSuccess(this);
  }

  /**
   * Appends a string member (a duplicate name adds a second member); the name is not a path.
   *
   * @example
   * new JsonObject().AppendString('a', 'x'); //=> true
   */
  AppendString(name: string, value: string): boolean {
    return this.add('AppendString', -1, name, makeStringValue(value, this.state.allowInvalid));
  }

  /**
   * Appends an integer member.
   *
   * @example
   * new JsonObject().AppendInt('n', 1); //=> true
   */
  AppendInt(name: string, value: number): boolean {
    return this.add('AppendInt', -1, name, makeIntValue(value));
  }

  /**
   * Appends a boolean member.
   *
   * @example
   * new JsonObject().AppendBool('b', true); //=> true
   */
  AppendBool(name: string, value: boolean): boolean {
    return this.add('AppendBool', -1, name, makeBoolValue(value));
  }

  /**
   * Inserts a string member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddStringAt(-1, 'a', 'x'); //=> true
   */
  AddStringAt(index: number, name: string, value: string): boolean {
    return this.add('AddStringAt', index, name, makeStringValue(value, this.state.allowInvalid));
  }

  /**
   * Inserts an integer member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddIntAt(-1, 'n', 1); //=> true
   */
  AddIntAt(index: number, name: string, value: number): boolean {
    return this.add('AddIntAt', index, name, makeIntValue(value));
  }

  /**
   * Inserts a boolean member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddBoolAt(-1, 'b', false); //=> true
   */
  AddBoolAt(index: number, name: string, value: boolean): boolean {
    return this.add('AddBoolAt', index, name, makeBoolValue(value));
  }

  /**
   * Inserts a null member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddNullAt(-1, 'z'); //=> true
   */
  AddNullAt(index: number, name: string): boolean {
    return this.add('AddNullAt', index, name, { kind: 'null' });
  }

  /**
   * Inserts a number member from text kept exactly (no comma rule, unlike UpdateNumber).
   *
   * @example
   * new JsonObject().AddNumberAt(-1, 'n', '2.50'); //=> true
   */
  AddNumberAt(index: number, name: string, numericStr: string): boolean {
    return this.add('AddNumberAt', index, name, makeRawNumberValue(numericStr, this.state.allowInvalid));
  }

  /**
   * Inserts an empty object member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddObjectAt(-1, 'o'); //=> true
   */
  AddObjectAt(index: number, name: string): boolean {
    return this.add('AddObjectAt', index, name, createObjectNode());
  }

  /**
   * Inserts an empty array member at an index (-1 appends).
   *
   * @example
   * new JsonObject().AddArrayAt(-1, 'a'); //=> true
   */
  AddArrayAt(index: number, name: string): boolean {
    return this.add('AddArrayAt', index, name, createArrayNode());
  }
}

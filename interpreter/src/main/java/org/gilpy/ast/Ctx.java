package org.gilpy.ast;

/** Whether a name, attribute, subscript or display is read, assigned or deleted. */
public enum Ctx { LOAD, STORE, DEL }

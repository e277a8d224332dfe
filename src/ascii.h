/*
 * ascii.h -- character tests and case mapping for ASCII bytes only.
 *
 * The <ctype.h> functions follow the process's locale: a program that
 * calls setlocale() with a single-byte locale would make isalpha(0xE9)
 * true and change how tacitus splits and folds text.  These give the
 * "C" locale's answers always (false, or the byte unchanged, for any
 * byte of 0x80 or more), and compile to a compare instead of a call and
 * a table lookup on the tokenizer's hot path.
 */
#ifndef TAC_ASCII_H
#define TAC_ASCII_H

static inline int tac_isdigit(int c) { return (unsigned)c - '0' < 10u; }
static inline int tac_isupper(int c) { return (unsigned)c - 'A' < 26u; }
static inline int tac_islower(int c) { return (unsigned)c - 'a' < 26u; }
static inline int tac_isalpha(int c) { return tac_isupper(c) || tac_islower(c); }
static inline int tac_isalnum(int c) { return tac_isalpha(c) || tac_isdigit(c); }
static inline int tac_isspace(int c) { return c == ' ' || (unsigned)c - '\t' < 5u; }   /* \t \n \v \f \r */
static inline int tac_tolower(int c) { return tac_isupper(c) ? c + 32 : c; }
static inline int tac_toupper(int c) { return tac_islower(c) ? c - 32 : c; }

#endif /* TAC_ASCII_H */

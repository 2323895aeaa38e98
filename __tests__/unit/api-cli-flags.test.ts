// okta-api's command line and -f/-F fields, in-process against src/okta-api/{flags,fields}.ts:
// the long flag spellings, `--`, the value checks of -X, -H and --concurrency, -F typing (gh
// api's rules: true/false/null/JSON numbers, @file) and the key shapes a body can take.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildBody, fieldValue, withQuery } from '../../src/okta-api/fields.js'
import { parseArgs, UsageError } from '../../src/okta-api/flags.js'

/** The one-line message a refused command line gets (the CLI adds "; see okta-api --help"). */
function refusal(argv: string[]): string {
  try {
    parseArgs(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error(`parseArgs accepted ${JSON.stringify(argv)}`)
}

describe('flags: spellings', () => {
  it('takes the long spellings of every flag, as gh api does', () => {
    const args = parseArgs([
      '--method',
      'put',
      '/api/v1/users/x',
      '--raw-field',
      'a=1',
      '--field',
      'b=2',
      '--header',
      'X-A: 1',
      '--include',
      '--verbose'
    ])
    expect(args).toMatchObject({
      method: 'PUT',
      path: '/api/v1/users/x',
      fields: [
        { key: 'a', value: '1', typed: false },
        { key: 'b', value: '2', typed: true }
      ],
      headers: [['X-A', '1']],
      include: true,
      verbose: true
    })
    expect(parseArgs(['-h']).help).toBe(true)
    expect(parseArgs(['--help']).help).toBe(true)
  })

  it('takes everything after -- as the path, even when it looks like a flag', () => {
    expect(parseArgs(['-i', '--', '/api/v1/users']).path).toBe('/api/v1/users')
    expect(parseArgs(['--', '-i']).path).toBe('-i')
    expect(refusal(['/a', '--', '/b'])).toBe('one path only, got 2: /a /b')
  })

  it('takes a lone "-" as a path, not as an unknown flag', () => {
    expect(parseArgs(['-']).path).toBe('-')
  })

  it('refuses a value glued to a switch', () => {
    expect(refusal(['/a', '--paginate=yes'])).toBe('--paginate takes no value')
  })
})

describe('flags: values', () => {
  it('upper-cases -X and refuses what is not a method name', () => {
    expect(parseArgs(['-X', 'delete', '/a']).method).toBe('DELETE')
    for (const method of ['PO ST', 'POST1', '1POST']) {
      expect(refusal(['-X', method, '/a'])).toBe(`-X needs an HTTP method, got "${method}"`)
    }
  })

  it('trims -H names and values and refuses a name that is not an HTTP token', () => {
    expect(parseArgs(['/a', '-H', 'X-Trace : abc ']).headers).toEqual([['X-Trace', 'abc']])
    for (const header of ['X-Trace', 'X Trace: 1', ': 1']) {
      expect(refusal(['/a', '-H', header])).toBe(`-H needs "Name: value", got "${header}"`)
    }
  })

  it('takes --concurrency from 1 to 50 and refuses 51', () => {
    expect(parseArgs(['--batch', 'f', '--concurrency', '1']).concurrency).toBe(1)
    expect(parseArgs(['--batch', 'f', '--concurrency', '50']).concurrency).toBe(50)
    expect(refusal(['--batch', 'f', '--concurrency', '51'])).toBe(
      '--concurrency needs a whole number from 1 to 50, got "51"'
    )
  })

  it('refuses --input beside --batch', () => {
    expect(refusal(['--batch', 'f', '--input', 'body.json'])).toMatch(
      /^--batch takes its calls from its file/
    )
  })

  it('lets --paginate go with -X GET and refuses it with another method', () => {
    expect(parseArgs(['/a', '--paginate', '-X', 'GET'])).toMatchObject({ paginate: true })
    expect(parseArgs(['/a', '--paginate'])).toMatchObject({ paginate: true })
    expect(refusal(['/a', '--paginate', '-X', 'POST'])).toBe(
      '--paginate follows pages of a GET: drop -X or use -X GET'
    )
  })
})

describe('-F typing', () => {
  const typed = (value: string) => fieldValue({ key: 'k', value, typed: true })

  it('turns true, false, null and JSON numbers into JSON values', () => {
    expect([typed('true'), typed('false'), typed('null')]).toEqual([true, false, null])
    const numbers = ['0', '-3', '123', '1.25', '1e3', '1E+3', '2e-2', '1e10']
    expect(numbers.map(typed)).toEqual([0, -3, 123, 1.25, 1000, 1000, 0.02, 1e10])
  })

  it('keeps as text what JSON would not read as a number, and plain words', () => {
    for (const text of ['x12', '12x', '1.', '01', '1e', '1.5x', 'abc', 'a@b']) {
      expect(typed(text)).toBe(text)
    }
    expect(fieldValue({ key: 'k', value: '42', typed: false })).toBe('42')
  })

  it('reads @file, and names the file and the reason when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-cli-fields-'))
    try {
      writeFileSync(join(dir, 'note.txt'), 'hello')
      expect(typed(`@${join(dir, 'note.txt')}`)).toBe('hello')
      const missing = join(dir, 'missing.txt')
      expect(() => typed(`@${missing}`)).toThrow(
        new UsageError(`-F k=@${missing}: cannot read ${missing} (ENOENT)`)
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const failing = () => {
      throw new Error('stdin is closed')
    }
    expect(() => fieldValue({ key: 'k', value: '@-', typed: true }, failing)).toThrow(
      new UsageError('-F k=@-: cannot read - (stdin is closed)')
    )
  })
})

describe('field keys', () => {
  const raw = (key: string, value = '1') => ({ key, value, typed: false })
  const bodyRefusal = (...keys: string[]) => {
    try {
      buildBody(keys.map(key => ({ key, value: key === 'a' ? 'null' : '1', typed: true })))
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError)
      return (error as Error).message
    }
    throw new Error(`buildBody accepted ${keys.join(' ')}`)
  }

  it('builds an array of objects from a[][b]', () => {
    expect(buildBody([raw('a[][b]'), raw('c[d][]', '2')])).toEqual({
      a: [{ b: '1' }],
      c: { d: ['2'] }
    })
  })

  it('refuses a key with text outside its brackets', () => {
    for (const key of ['a[b]c', 'x[y]z[w]']) {
      expect(bodyRefusal(key)).toBe(`field key "${key}" is not name or name[sub][…]`)
    }
  })

  it('refuses [] after [], and a named key under a field that was an array or null', () => {
    expect(bodyRefusal('a[][]')).toBe('field key "a[][]" mixes [] with named keys')
    expect(bodyRefusal('g[]', 'g[b]')).toBe('field key "g[b]" conflicts with an earlier field')
    expect(bodyRefusal('a', 'a[b]')).toBe('field key "a[b]" conflicts with an earlier field')
  })

  it('spells -F null as an empty query value and numbers as JSON does', () => {
    const url = withQuery('https://o.example.com/api/v1/users', [
      { key: 'q', value: 'null', typed: true },
      { key: 'limit', value: '3', typed: true }
    ])
    expect(url).toBe('https://o.example.com/api/v1/users?q=&limit=3')
  })
})

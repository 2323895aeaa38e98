/**
 * Proves the GitHub REST double against the client the action uses (@actions/github's Octokit):
 * a secret sealed the way GitHub's docs show decrypts to the same plaintext, variables follow
 * GitHub's create/update semantics, and tokens without permission get GitHub's 401/403 shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import sodium from 'libsodium-wrappers'
import { startGithubDouble, type GithubDouble } from '../../testkit/github-double.js'

const owner = 'octo-org'
const repo = 'service-app'
const writeToken = 'ghs_write_token'
const readToken = 'ghs_read_only_token'

/** GitHub's documented recipe for sealing a secret with the repository public key. */
async function seal(plaintext: string, base64Key: string): Promise<string> {
  await sodium.ready
  const key = sodium.from_base64(base64Key, sodium.base64_variants.ORIGINAL)
  const sealed = sodium.crypto_box_seal(sodium.from_string(plaintext), key)
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL)
}

function statusOf(error: unknown): number | undefined {
  return (error as { status?: number }).status
}

describe('GitHub double through @actions/github', () => {
  let gh: GithubDouble
  let octokit: ReturnType<typeof getOctokit>
  let readOnly: ReturnType<typeof getOctokit>

  beforeAll(async () => {
    gh = await startGithubDouble({
      owner,
      repo,
      writeTokens: [writeToken],
      readOnlyTokens: [readToken]
    })
    octokit = getOctokit(writeToken, { baseUrl: gh.url })
    readOnly = getOctokit(readToken, { baseUrl: gh.url })
  })
  afterAll(async () => {
    await gh?.stop()
  })

  it('stores the plaintext of a secret sealed with the repository key (201, then 204)', async () => {
    const { data: publicKey } = await octokit.rest.actions.getRepoPublicKey({ owner, repo })
    expect(publicKey).toEqual({ key_id: gh.publicKey().keyId, key: gh.publicKey().key })

    // A PEM-shaped value: newlines and '+/=' must survive sealing and base64.
    const privateKeyPem = '-----BEGIN PRIVATE KEY-----\nMIIEv+/Q==\n-----END PRIVATE KEY-----\n'
    const created = await octokit.rest.actions.createOrUpdateRepoSecret({
      owner,
      repo,
      secret_name: 'okta_private_key',
      encrypted_value: await seal(privateKeyPem, publicKey.key),
      key_id: publicKey.key_id
    })
    expect(created.status).toBe(201)
    expect(gh.secretPlaintext('OKTA_PRIVATE_KEY')).toBe(privateKeyPem)

    const updated = await octokit.rest.actions.createOrUpdateRepoSecret({
      owner,
      repo,
      secret_name: 'OKTA_PRIVATE_KEY',
      encrypted_value: await seal('rotated', publicKey.key),
      key_id: publicKey.key_id
    })
    expect(updated.status).toBe(204)
    expect(gh.secrets()).toEqual({ OKTA_PRIVATE_KEY: 'rotated' })

    const { data: meta } = await octokit.rest.actions.getRepoSecret({
      owner,
      repo,
      secret_name: 'okta_private_key'
    })
    expect(meta.name).toBe('OKTA_PRIVATE_KEY')
  })

  it('answers 422 for a stale key_id, a non-ORIGINAL base64 variant, or a foreign key', async () => {
    const { data: publicKey } = await octokit.rest.actions.getRepoPublicKey({ owner, repo })
    const put = (encrypted_value: string, key_id: string) =>
      octokit.rest.actions
        .createOrUpdateRepoSecret({ owner, repo, secret_name: 'S', encrypted_value, key_id })
        .then(
          r => r.status,
          (e: unknown) => statusOf(e)
        )

    expect(await put(await seal('x', publicKey.key), '1')).toBe(422)

    await sodium.ready
    const urlSafe = sodium.to_base64(
      sodium.crypto_box_seal(
        'x',
        sodium.from_base64(publicKey.key, sodium.base64_variants.ORIGINAL)
      ),
      sodium.base64_variants.URLSAFE_NO_PADDING
    )
    expect(await put(urlSafe, publicKey.key_id)).toBe(422)

    const foreign = sodium.crypto_box_keypair()
    const sealedForOther = await seal(
      'x',
      sodium.to_base64(foreign.publicKey, sodium.base64_variants.ORIGINAL)
    )
    expect(await put(sealedForOther, publicKey.key_id)).toBe(422)

    // After a rotation the previously fetched key_id is stale.
    gh.rotatePublicKey()
    expect(await put(await seal('x', publicKey.key), publicKey.key_id)).toBe(422)
    expect(gh.secretPlaintext('S')).toBeUndefined()
  })

  it('creates (201, 409 if it exists), reads, and updates (204) a variable', async () => {
    const created = await octokit.rest.actions.createRepoVariable({
      owner,
      repo,
      name: 'okta_client_id',
      value: '0oa1'
    })
    expect(created.status).toBe(201)
    expect(gh.variable('OKTA_CLIENT_ID')).toBe('0oa1')

    await expect(
      octokit.rest.actions.createRepoVariable({ owner, repo, name: 'OKTA_CLIENT_ID', value: 'x' })
    ).rejects.toMatchObject({ status: 409 })

    const { data } = await octokit.rest.actions.getRepoVariable({
      owner,
      repo,
      name: 'okta_client_id'
    })
    expect(data).toMatchObject({ name: 'OKTA_CLIENT_ID', value: '0oa1' })

    const updated = await octokit.rest.actions.updateRepoVariable({
      owner,
      repo,
      name: 'OKTA_CLIENT_ID',
      value: '0oa2'
    })
    expect(updated.status).toBe(204)
    expect(gh.variables()).toMatchObject({ OKTA_CLIENT_ID: '0oa2' })

    await expect(
      octokit.rest.actions.getRepoVariable({ owner, repo, name: 'MISSING' })
    ).rejects.toMatchObject({ status: 404 })
    await expect(
      octokit.rest.actions.updateRepoVariable({ owner, repo, name: 'MISSING', value: 'x' })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('lets a read-only token read but answers 403 with GitHub’s message on writes', async () => {
    gh.seedVariable('SEEDED', 'v')
    const { data } = await readOnly.rest.actions.getRepoVariable({ owner, repo, name: 'SEEDED' })
    expect(data.value).toBe('v')
    const { data: publicKey } = await readOnly.rest.actions.getRepoPublicKey({ owner, repo })

    const error: unknown = await readOnly.rest.actions
      .createOrUpdateRepoSecret({
        owner,
        repo,
        secret_name: 'BLOCKED',
        encrypted_value: await seal('x', publicKey.key),
        key_id: publicKey.key_id
      })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 403,
      response: {
        data: {
          message: 'Resource not accessible by integration',
          documentation_url: expect.stringContaining('https://docs.github.com/rest'),
          status: '403'
        }
      }
    })
    await expect(
      readOnly.rest.actions.updateRepoVariable({ owner, repo, name: 'SEEDED', value: 'x' })
    ).rejects.toMatchObject({ status: 403 })
    expect(gh.secretPlaintext('BLOCKED')).toBeUndefined()
    expect(gh.variable('SEEDED')).toBe('v')
  })

  it('answers 401 Bad credentials for an unknown token and 404 for another repository', async () => {
    const stranger = getOctokit('ghs_unknown', { baseUrl: gh.url })
    await expect(stranger.rest.actions.getRepoPublicKey({ owner, repo })).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Bad credentials' } }
    })
    await expect(
      octokit.rest.actions.getRepoPublicKey({ owner, repo: 'other-repo' })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('accepts the Bearer scheme as well as Octokit’s `token` scheme', async () => {
    const path = `/repos/${owner}/${repo}/actions/variables/SEEDED`
    const bearer = await fetch(`${gh.url}${path}`, {
      headers: { authorization: `Bearer ${writeToken}` }
    })
    expect(bearer.status).toBe(200)
    expect(await bearer.json()).toMatchObject({ name: 'SEEDED', value: 'v' })
    const none = await fetch(`${gh.url}${path}`)
    expect(none.status).toBe(401)
  })

  it('logs every request with its status', () => {
    const log = gh.requests()
    expect(log[0]).toEqual({
      method: 'GET',
      path: `/repos/${owner}/${repo}/actions/secrets/public-key`,
      status: 200
    })
    expect(log).toContainEqual({
      method: 'PUT',
      path: `/repos/${owner}/${repo}/actions/secrets/okta_private_key`,
      status: 201
    })
    expect(log).toContainEqual({
      method: 'PATCH',
      path: `/repos/${owner}/${repo}/actions/variables/SEEDED`,
      status: 403
    })
  })
})

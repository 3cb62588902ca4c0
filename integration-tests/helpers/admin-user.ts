import type { MedusaContainer } from "@medusajs/framework/types"
import { generateJwtToken, Modules } from "@medusajs/framework/utils"

export type AdminSession = {
  user: { id: string; email: string }
  headers: { headers: { authorization: string } }
}

/**
 * Creates a Medusa admin user with an auth identity and returns request headers carrying a
 * bearer token for it, exactly as `POST /auth/user/emailpass` would issue.
 */
export async function createAdminSession(
  container: MedusaContainer,
  email = "admin@helpdesk.test",
  /** a fixed user id instead of a generated one */
  id?: string
): Promise<AdminSession> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const config = container.resolve("configModule")

  const user = await userModule.createUsers({
    ...(id ? { id } : {}),
    email,
    first_name: "Anna",
    last_name: "Agent",
  })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })

  const token = generateJwtToken(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: authIdentity.id,
      app_metadata: { user_id: user.id },
    },
    { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
  )

  return {
    user: { id: user.id, email },
    headers: { headers: { authorization: `Bearer ${token}` } },
  }
}

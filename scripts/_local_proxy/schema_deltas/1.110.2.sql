-- Schema delta for LiteLLM 1.110.2, applied by scripts/local-proxy after the migrations of the litellm-proxy-extras
-- installed beside it (0.4.110, substituted for the pinned 0.4.114.post1 that the package registry does not serve).
-- What litellm 1.110.2's own litellm/proxy/schema.prisma has beyond those 220 migrations: 6 tables, 1 column,
-- 1 enum, their indexes and foreign keys. Computed offline (see README.md here): Prisma's schema engine compiled to
-- WASM (@prisma/schema-engine-wasm) diffing a database migrated by 0.4.110 against 1.110.2's schema.prisma, --script.
-- tests/tools/test_schema_deltas.py checks that its tables and columns are exactly what schema.prisma has beyond
-- the migrations.
-- Left out: two LiteLLM_SpendLogs indexes ("litellm_call_id"; "api_key", "startTime") that no migration of any release
-- creates: LiteLLM builds them CONCURRENTLY at startup (litellm_proxy_extras/request_log_indexes.py) only when it
-- migrates by itself, which the launcher turns off (DISABLE_SCHEMA_UPDATE=true).

-- CreateEnum
CREATE TYPE "AccountingDeliveryState" AS ENUM ('pending', 'applied', 'parked');

-- AlterTable
ALTER TABLE "LiteLLM_ClaudeCodePluginTable" ADD COLUMN     "anonymous_download_count" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "LiteLLM_ClaudeCodePluginVersion" (
    "id" TEXT NOT NULL,
    "plugin_id" TEXT NOT NULL,
    "version" TEXT,
    "description" TEXT,
    "manifest_json" TEXT,
    "published_at" TIMESTAMP(3),
    "published_by" TEXT,
    "archive_available" BOOLEAN NOT NULL DEFAULT false,
    "content" BYTEA,

    CONSTRAINT "LiteLLM_ClaudeCodePluginVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiteLLM_SkillSubmission" (
    "id" TEXT NOT NULL,
    "plugin_name" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending_review',
    "proposal_json" TEXT NOT NULL,
    "archive_content" BYTEA,
    "submitted_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "base_plugin_id" TEXT,
    "base_updated_at" TIMESTAMP(3),
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "rejection_reason" TEXT,
    "scan_json" TEXT,

    CONSTRAINT "LiteLLM_SkillSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiteLLM_ClaudeCodePluginDownload" (
    "id" BIGSERIAL NOT NULL,
    "plugin_id" TEXT NOT NULL,
    "downloaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" TEXT,
    "digest" TEXT NOT NULL,
    "authenticated" BOOLEAN NOT NULL,
    "user_id" TEXT,
    "user_email" TEXT,
    "key_alias" TEXT,
    "team_id" TEXT,
    "team_alias" TEXT,

    CONSTRAINT "LiteLLM_ClaudeCodePluginDownload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiteLLM_ClaudeCodePluginUpload" (
    "plugin_name" TEXT NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "LiteLLM_ClaudeCodePluginUpload_pkey" PRIMARY KEY ("plugin_name")
);

-- CreateTable
CREATE TABLE "LiteLLM_SpendLogDelivery" (
    "delivery_id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "state" "AccountingDeliveryState" NOT NULL DEFAULT 'pending',
    "accounting_payload" JSONB NOT NULL,
    "is_batch" BOOLEAN NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied_at" TIMESTAMP(3),
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiteLLM_SpendLogDelivery_pkey" PRIMARY KEY ("delivery_id")
);

-- CreateTable
CREATE TABLE "LiteLLM_SubscriptionAccountTable" (
    "subscription_account_id" TEXT NOT NULL,
    "custom_llm_provider" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "label" TEXT,
    "monthly_fee" DOUBLE PRECISION NOT NULL,
    "currency" TEXT NOT NULL,
    "billing_period_start" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by" TEXT NOT NULL,

    CONSTRAINT "LiteLLM_SubscriptionAccountTable_pkey" PRIMARY KEY ("subscription_account_id")
);

-- CreateIndex
CREATE INDEX "LiteLLM_ClaudeCodePluginVersion_plugin_id_published_at_idx" ON "LiteLLM_ClaudeCodePluginVersion"("plugin_id", "published_at");

-- CreateIndex
CREATE UNIQUE INDEX "LiteLLM_ClaudeCodePluginVersion_plugin_id_version_key" ON "LiteLLM_ClaudeCodePluginVersion"("plugin_id", "version");

-- CreateIndex
CREATE INDEX "LiteLLM_SkillSubmission_submitted_by_created_at_id_idx" ON "LiteLLM_SkillSubmission"("submitted_by", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LiteLLM_SkillSubmission_submitted_by_status_created_at_id_idx" ON "LiteLLM_SkillSubmission"("submitted_by", "status", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LiteLLM_SkillSubmission_status_created_at_id_idx" ON "LiteLLM_SkillSubmission"("status", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LiteLLM_SkillSubmission_created_at_id_idx" ON "LiteLLM_SkillSubmission"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LiteLLM_ClaudeCodePluginDownload_plugin_id_id_idx" ON "LiteLLM_ClaudeCodePluginDownload"("plugin_id", "id");

-- CreateIndex
CREATE INDEX "LiteLLM_SpendLogDelivery_state_next_attempt_at_idx" ON "LiteLLM_SpendLogDelivery"("state", "next_attempt_at");

-- CreateIndex
CREATE INDEX "LiteLLM_SpendLogDelivery_state_applied_at_idx" ON "LiteLLM_SpendLogDelivery"("state", "applied_at");

-- CreateIndex
CREATE INDEX "LiteLLM_SpendLogDelivery_request_id_idx" ON "LiteLLM_SpendLogDelivery"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "LiteLLM_SubscriptionAccountTable_provider_account_key" ON "LiteLLM_SubscriptionAccountTable"("custom_llm_provider", "account_id");

-- CreateIndex
CREATE INDEX "idx_background_interaction_settlement_settled_at" ON "LiteLLM_BackgroundInteractionSettlement"("settled_at");

-- CreateIndex
CREATE INDEX "LiteLLM_ManagedFileTable_created_by_created_at_idx" ON "LiteLLM_ManagedFileTable"("created_by", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "LiteLLM_ClaudeCodePluginVersion" ADD CONSTRAINT "LiteLLM_ClaudeCodePluginVersion_plugin_id_fkey" FOREIGN KEY ("plugin_id") REFERENCES "LiteLLM_ClaudeCodePluginTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiteLLM_ClaudeCodePluginDownload" ADD CONSTRAINT "LiteLLM_ClaudeCodePluginDownload_plugin_id_fkey" FOREIGN KEY ("plugin_id") REFERENCES "LiteLLM_ClaudeCodePluginTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiteLLM_ClaudeCodePluginUpload" ADD CONSTRAINT "LiteLLM_ClaudeCodePluginUpload_plugin_name_fkey" FOREIGN KEY ("plugin_name") REFERENCES "LiteLLM_ClaudeCodePluginTable"("name") ON DELETE CASCADE ON UPDATE CASCADE;

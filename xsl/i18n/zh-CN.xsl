<?xml version="1.0" encoding="UTF-8"?>
<!-- zh-CN.xsl - the Chinese (default) message catalogue: one named template per message. lmsd includes it
     into each surface's stylesheet at compile time and reads the err.* texts itself. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="msg.skip">跳到正文</xsl:template>
  <xsl:template name="msg.footer">学习平台 · 学无止境</xsl:template>
  <xsl:template name="msg.lang.label">界面语言</xsl:template>
  <xsl:template name="msg.nav.label">主导航</xsl:template>
  <xsl:template name="msg.nav.home">首页</xsl:template>
  <xsl:template name="msg.nav.mobile">手机版</xsl:template>
  <xsl:template name="msg.nav.portal">电脑版</xsl:template>
  <xsl:template name="msg.home.title">首页</xsl:template>
  <xsl:template name="msg.home.announcements">通知公告</xsl:template>
  <xsl:template name="msg.home.courses">最新课程</xsl:template>
  <xsl:template name="msg.empty">暂无内容。</xsl:template>
  <xsl:template name="msg.course.required">必修</xsl:template>
  <xsl:template name="msg.course.elective">选修</xsl:template>
  <xsl:template name="msg.course.credits">学分</xsl:template>
  <xsl:template name="msg.course.kind.external">外部课程</xsl:template>
  <xsl:template name="msg.course.kind.general">通用课程</xsl:template>
  <xsl:template name="msg.course.kind.post">岗位课程</xsl:template>
  <xsl:template name="msg.errors.title">请更正以下内容：</xsl:template>
  <xsl:template name="msg.error.home">返回首页</xsl:template>
  <xsl:template name="msg.error.400.title">请求有误</xsl:template>
  <xsl:template name="msg.error.400.text">提交的内容无法处理，请检查后重试。</xsl:template>
  <xsl:template name="msg.error.403.title">禁止访问</xsl:template>
  <xsl:template name="msg.error.403.text">您无权执行此操作，或页面已过期，请刷新后重试。</xsl:template>
  <xsl:template name="msg.error.404.title">页面不存在</xsl:template>
  <xsl:template name="msg.error.404.text">您访问的页面不存在或已被移除。</xsl:template>
  <xsl:template name="msg.error.405.title">不支持的请求方式</xsl:template>
  <xsl:template name="msg.error.405.text">此页面不支持该请求方式。</xsl:template>
  <xsl:template name="msg.error.413.title">提交内容过大</xsl:template>
  <xsl:template name="msg.error.413.text">提交的内容超过了允许的大小或数量。</xsl:template>
  <xsl:template name="msg.error.500.title">服务器内部错误</xsl:template>
  <xsl:template name="msg.error.500.text">服务器出现问题，请稍后重试。</xsl:template>
  <xsl:template name="msg.error.503.title">服务暂不可用</xsl:template>
  <xsl:template name="msg.error.503.text">系统正忙或正在维护，请稍后重试。</xsl:template>
  <xsl:template name="err.required">此项为必填项</xsl:template>
  <xsl:template name="err.too_long">内容过长</xsl:template>
  <xsl:template name="err.too_short">内容过短</xsl:template>
  <xsl:template name="err.bad_utf8">包含无效字符编码</xsl:template>
  <xsl:template name="err.bad_charset">包含不允许的字符</xsl:template>
  <xsl:template name="err.out_of_range">数值超出允许范围</xsl:template>
  <xsl:template name="err.bad_format">格式不正确</xsl:template>
  <xsl:template name="err.not_allowed">不允许的取值</xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- lessons.xsl - a lesson for its learners, the names of lesson kinds, and rich text, on every surface. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='lesson']" mode="title"><xsl:value-of select="lesson/title"/></xsl:template>

  <xsl:template match="lesson/@kind | lesson-edit/@kind">
    <xsl:choose>
      <xsl:when test=". = 'video'"><xsl:call-template name="msg.lesson.kind.video"/></xsl:when>
      <xsl:when test=". = 'document'"><xsl:call-template name="msg.lesson.kind.document"/></xsl:when>
      <xsl:when test=". = 'courseware'"><xsl:call-template name="msg.lesson.kind.courseware"/></xsl:when>
      <xsl:when test=". = 'link'"><xsl:call-template name="msg.lesson.kind.link"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.lesson.kind.text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One lesson: its content by kind, then the way back and on. -->
  <xsl:template match="page[@name='lesson']/lesson" mode="body">
    <p class="meta"><a href="{$base}/courses/{@course}"><xsl:value-of select="@course-name"/></a>
      <xsl:text> · </xsl:text><xsl:value-of select="@chapter"/></p>
    <h1><xsl:value-of select="title"/></h1>
    <p class="meta"><xsl:apply-templates select="@kind"/>
      <xsl:text> · </xsl:text><xsl:value-of select="@minutes"/><xsl:text> </xsl:text><xsl:call-template name="msg.course.minutes"/>
      <xsl:if test="@required = 0"><xsl:text> · </xsl:text><xsl:call-template name="msg.lesson.optional"/></xsl:if>
    </p>
    <xsl:variable name="file" select="concat($base, '/lessons/', @id, '/file')"/>
    <xsl:choose>
      <xsl:when test="@kind = 'text'"><div class="rich"><xsl:apply-templates select="rich/node()" mode="rich"/></div></xsl:when>
      <xsl:when test="@kind = 'link'">
        <p><a href="{@url}" rel="noopener noreferrer"><xsl:call-template name="msg.lesson.visit"/></a></p>
      </xsl:when>
      <xsl:when test="@kind = 'video' and @mime">
        <video class="player" controls="controls" preload="metadata" src="{$file}">
          <a href="{$file}"><xsl:call-template name="msg.lesson.play"/></a>
        </video>
        <p><a href="{$file}"><xsl:call-template name="msg.lesson.play"/></a></p>
      </xsl:when>
      <xsl:when test="@mime">
        <p><a class="document" href="{$file}"><xsl:choose>
            <xsl:when test="@file-kind = 'pdf'"><xsl:call-template name="msg.lesson.open"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="msg.lesson.download"/></xsl:otherwise>
          </xsl:choose></a>
          <span class="meta"><xsl:text> · </xsl:text><xsl:value-of select="@file-name"/>
            <xsl:text> · </xsl:text><xsl:value-of select="format-number(@size div 1024, '#,##0.0')"/> KB</span></p>
      </xsl:when>
    </xsl:choose>
    <xsl:call-template name="lesson-progress"/>
    <xsl:if test="/page/@surface = 'portal'">
      <div id="study" hidden="hidden" data-beat="{$base}/lessons/{@id}/beat" data-csrf="{/page/@csrf}" data-kind="{@kind}"></div>
      <script src="/static/beat.js?v={/page/@asset}" defer="defer"></script>
    </xsl:if>
    <xsl:variable name="here" select="../course/chapter/lesson[@id = current()/@id]"/>
    <xsl:variable name="prev" select="$here/preceding::lesson[ancestor::course][1]"/>
    <xsl:variable name="next" select="$here/following::lesson[ancestor::course][1]"/>
    <xsl:variable name="label"><xsl:call-template name="msg.lesson.outline"/></xsl:variable>
    <nav class="lesson-nav" aria-label="{$label}">
      <xsl:if test="$prev"><a rel="prev" href="{$base}/lessons/{$prev/@id}"><xsl:call-template name="msg.lesson.prev"/>: <xsl:value-of select="$prev"/></a></xsl:if>
      <a href="{$base}/courses/{@course}"><xsl:call-template name="msg.lesson.back"/></a>
      <xsl:if test="$next"><a rel="next" href="{$base}/lessons/{$next/@id}"><xsl:call-template name="msg.lesson.next"/>: <xsl:value-of select="$next"/></a></xsl:if>
    </nav>
  </xsl:template>

  <!-- Rich text: the subset again, whatever the stored nodes say. -->
  <xsl:template match="p|br|strong|em|u|s|sub|sup|ul|ol|li|h2|h3|h4|blockquote|pre|code|table|thead|tbody|tr|th|td|hr" mode="rich">
    <xsl:element name="{local-name()}"><xsl:apply-templates mode="rich"/></xsl:element>
  </xsl:template>
  <xsl:template match="a" mode="rich">
    <xsl:choose>
      <xsl:when test="starts-with(@href, 'https://') or starts-with(@href, 'http://') or starts-with(@href, 'mailto:')">
        <a href="{@href}" rel="nofollow noopener noreferrer"><xsl:apply-templates mode="rich"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="rich"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="*" mode="rich"><xsl:apply-templates mode="rich"/></xsl:template>
  <!-- Done, or the way to mark it done: joining an open course on the way, or asking to join. -->
  <xsl:template name="lesson-progress">
    <xsl:choose>
      <xsl:when test="@done"><p class="note" role="status"><xsl:call-template name="msg.lesson.done"/></p></xsl:when>
      <xsl:when test="@enrolment = 'pending'"><p class="note"><xsl:call-template name="msg.enrol.pending"/></p></xsl:when>
      <xsl:when test="@enrol-mode = 'approval' and (not(@enrolment) or @enrolment = 'rejected')">
        <p><a href="{$base}/courses/{@course}/enrol"><xsl:call-template name="msg.enrol.title"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <form class="form" method="post" action="{$base}/lessons/{@id}/done">
          <xsl:call-template name="csrf"/>
          <p><button type="submit"><xsl:call-template name="msg.lesson.mark_done"/></button></p>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>

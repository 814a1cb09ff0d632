<?xml version="1.0" encoding="UTF-8"?>
<!-- teaching.xsl - the lecturer archive (讲师档案): the courses one lecturer teaches and how they went. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='teaching']" mode="title"><xsl:call-template name="msg.teaching.title"/></xsl:template>

  <xsl:template match="teaching" mode="body">
    <h1><xsl:call-template name="msg.teaching.title"/> · <xsl:value-of select="@name"/></h1>
    <p><a href="{$base}/teaching.csv{substring('?login=', 1, 7 * boolean(@login))}{@login}"><xsl:call-template name="msg.archive.csv"/></a></p>
    <xsl:choose>
      <xsl:when test="not(course)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.courses.name"/></th>
            <th scope="col"><xsl:call-template name="msg.field.status"/></th>
            <th scope="col"><xsl:call-template name="msg.course.hours"/></th>
            <th scope="col"><xsl:call-template name="msg.course.credits"/></th>
            <th scope="col"><xsl:call-template name="msg.course.learners"/></th>
            <th scope="col"><xsl:call-template name="msg.learning.completed"/></th>
            <th scope="col"><xsl:call-template name="msg.teaching.rating"/></th>
            <th scope="col"><xsl:call-template name="msg.archive.hours"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="course">
              <tr>
                <td><a href="{$base}/courses/{@id}"><xsl:value-of select="."/></a></td>
                <td><xsl:call-template name="course-status"><xsl:with-param name="s" select="@status"/></xsl:call-template></td>
                <td><xsl:value-of select="@hours"/></td>
                <td><xsl:value-of select="@credits"/></td>
                <td><xsl:value-of select="@learners"/></td>
                <td><xsl:value-of select="@completed"/></td>
                <td><xsl:if test="@rating">★ <xsl:value-of select="@rating"/> (<xsl:value-of select="@ratings"/>)</xsl:if></td>
                <td><xsl:call-template name="study-hours"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>

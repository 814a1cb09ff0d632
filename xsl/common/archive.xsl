<?xml version="1.0" encoding="UTF-8"?>
<!-- archive.xsl - the learner archive (学员档案) on every surface, and how long and how far learners got. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='archive']" mode="title"><xsl:call-template name="msg.archive.title"/></xsl:template>

  <!-- Where an enrolment stands; also "My learning" and the enrolment form. -->
  <xsl:template name="enrol-status">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'pending'"><xsl:call-template name="msg.enrol.pending"/></xsl:when>
      <xsl:when test="$s = 'rejected'"><xsl:call-template name="msg.enrol.rejected"/></xsl:when>
      <xsl:when test="$s = 'completed'"><xsl:call-template name="msg.learning.completed"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.enrol.active"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="study-hours">
    <xsl:value-of select="format-number(@seconds div 3600, '0.0')"/>
  </xsl:template>

  <xsl:template match="archive" mode="body">
    <xsl:variable name="who" select="(profile | person)[1]"/>
    <h1><xsl:call-template name="msg.archive.title"/> · <xsl:value-of select="$who"/></h1>
    <xsl:variable name="csv">
      <xsl:choose>
        <xsl:when test="profile"><xsl:value-of select="$base"/>/archive.csv</xsl:when>
        <xsl:otherwise><xsl:value-of select="$base"/>/people/<xsl:value-of select="$who/@id"/>/archive.csv</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <p><a href="{$csv}"><xsl:call-template name="msg.archive.csv"/></a></p>
    <xsl:choose>
      <xsl:when test="not(course)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <div class="scroll">
          <table class="grid">
            <thead><tr>
              <th scope="col"><xsl:call-template name="msg.courses.name"/></th>
              <th scope="col"><xsl:call-template name="msg.field.status"/></th>
              <th scope="col"><xsl:call-template name="msg.archive.enrolled"/></th>
              <th scope="col"><xsl:call-template name="msg.archive.completed"/></th>
              <th scope="col"><xsl:call-template name="msg.archive.hours"/></th>
              <th scope="col"><xsl:call-template name="msg.cert.score"/></th>
              <th scope="col"><xsl:call-template name="msg.course.credits"/></th>
              <th scope="col"><xsl:call-template name="msg.cert.number"/></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="course">
                <tr>
                  <td><xsl:value-of select="."/></td>
                  <td><xsl:call-template name="enrol-status"><xsl:with-param name="s" select="@status"/></xsl:call-template></td>
                  <td><xsl:value-of select="@since"/></td>
                  <td><xsl:value-of select="@completed"/></td>
                  <td><xsl:call-template name="study-hours"/></td>
                  <td><xsl:value-of select="@score"/></td>
                  <td><xsl:value-of select="@credits"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@cert and ../profile"><a href="{$base}/certificates/{@cert}"><xsl:value-of select="@number"/></a></xsl:when>
                      <xsl:otherwise><xsl:value-of select="@number"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- enrolments.xsl - the queue of enrolment requests waiting for this officer or lecturer. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='enrolments']" mode="title"><xsl:call-template name="msg.enrolments.title"/></xsl:template>

  <xsl:template match="enrolments" mode="body">
    <h1><xsl:call-template name="msg.enrolments.title"/></h1>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(request)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.courses.name"/></th>
            <th scope="col"><xsl:call-template name="msg.field.name"/></th>
            <th scope="col"><xsl:call-template name="msg.field.dept"/></th>
            <th scope="col"><xsl:call-template name="msg.enrol.contact"/></th>
            <th scope="col"><xsl:call-template name="msg.enrol.goal"/></th>
            <th scope="col"><xsl:call-template name="msg.enrolments.decide"/></th>
          </tr></thead>
          <tbody>
            <!-- The forms' stem, bound once rather than read per row. -->
            <xsl:variable name="action" select="concat($base, '/enrolments/')"/>
            <xsl:for-each select="request">
              <tr>
                <td><xsl:value-of select="@course-name"/></td>
                <td><xsl:value-of select="@name"/> <span class="meta"> (<xsl:value-of select="@login"/>)</span></td>
                <td><xsl:value-of select="@dept"/><xsl:if test="@post"> · <xsl:value-of select="@post"/></xsl:if></td>
                <td><xsl:value-of select="@contact"/></td>
                <td><xsl:value-of select="."/></td>
                <td>
                  <form class="inline-form" method="post" action="{$action}{@id}">
                    <xsl:call-template name="csrf"/>
                    <button name="action" value="approve"><xsl:call-template name="msg.courses.approve"/></button>
                    <label for="r-{@id}"><xsl:call-template name="msg.courses.reason"/></label>
                    <input id="r-{@id}" name="reason" maxlength="500"/>
                    <button name="action" value="reject"><xsl:call-template name="msg.enrolments.reject"/></button>
                  </form>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>
</xsl:stylesheet>

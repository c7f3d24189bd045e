; certjax: rule losses.sigmoid_cross_entropy, obligation 'defined', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (let (($x16 (not $x29)))
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x24 (< 0.0 ?x22)))
 (let (($x21 (< 0.0 ?x20)))
 (not (and $x21 $x24 $x16)))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (let (($x16 (not $x29)))
 (let (($x21 (< 0.0 ?x20)))
 (not (and $x21 $x16))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (let (($x16 (not $x29)))
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x24 (< 0.0 ?x22)))
 (not (and $x24 $x16))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!0 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (< 0.0 ?x20))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (< 0.0 ?x22))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (not $x29)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x27 (= 0.0 ?x22)))
 (not $x27)))))
(assert
 (let ((?x30 (/ 1.0 exp!0)))
 (let ((?x20 (+ 1.0 ?x30)))
 (let (($x29 (= 0.0 ?x20)))
 (let (($x16 (not $x29)))
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (+ 1.0 ?x23)))
 (let (($x24 (< 0.0 ?x22)))
 (let (($x21 (< 0.0 ?x20)))
 (not (and $x21 $x24 $x16)))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> logits 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 logits)))
(check-sat)
(pop 1)

; certjax: rule losses.softmax_cross_entropy, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun |logits[0]| () Real)
(declare-fun sg!10 () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(assert
 (let ((?x153 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x154 (+ ?x57 ?x153)))
 (let ((?x181 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x182 (+ ?x181 ?x154)))
 (< 0.0 ?x182)))))))
(assert
 (let ((?x153 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x154 (+ ?x57 ?x153)))
 (let ((?x181 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x182 (+ ?x181 ?x154)))
 (let (($x186 (= 0.0 ?x182)))
 (not $x186))))))))
(assert
 (let ((?x153 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x154 (+ ?x57 ?x153)))
 (let ((?x181 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x182 (+ ?x181 ?x154)))
 (let (($x186 (= 0.0 ?x182)))
 (not $x186))))))))
(assert
 (let ((?x153 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x154 (+ ?x57 ?x153)))
 (let ((?x181 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x182 (+ ?x181 ?x154)))
 (let (($x186 (= 0.0 ?x182)))
 (not $x186))))))))
(assert
 (let ((?x153 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x154 (+ ?x57 ?x153)))
 (let ((?x181 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x182 (+ ?x181 ?x154)))
 (let (($x186 (= 0.0 ?x182)))
 (not $x186))))))))
(assert
 (let ((?x153 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x154 (+ ?x57 ?x153)))
 (let ((?x181 (/ (* 1.0 exp!4) exp!2)))
 (let ((?x182 (+ ?x181 ?x154)))
 (let (($x183 (< 0.0 ?x182)))
 (not (and $x183)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[0]|)))
(assert
 (= (< sg!10 |logits[0]|) (< exp!2 exp!1)))
(assert
 (= (< |logits[0]| sg!10) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> sg!10 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 sg!10)))
(assert
 (= (< |logits[1]| |logits[0]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[0]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (= (< |logits[1]| sg!10) (< exp!3 exp!2)))
(assert
 (= (< sg!10 |logits[1]|) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (= (< |logits[2]| |logits[0]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[0]| |logits[2]|) (< exp!1 exp!4)))
(assert
 (= (< |logits[2]| sg!10) (< exp!4 exp!2)))
(assert
 (= (< sg!10 |logits[2]|) (< exp!2 exp!4)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 |logits[2]|)))
(check-sat)
(pop 1)

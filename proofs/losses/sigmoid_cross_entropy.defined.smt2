; certjax: rule losses.sigmoid_cross_entropy, obligation 'defined', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x78 (- logits)))
 (< 0.0 ?x78)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (< 0.0 ?x455))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (< 0.0 ?x482))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x275 (= 0.0 ?x455)))
 (not $x275)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x275 (= 0.0 ?x455)))
 (not $x275)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (let (($x300 (not $x177)))
 (let (($x143 (< 0.0 ?x482)))
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x441 (< 0.0 ?x455)))
 (not (and $x441 $x143 $x300)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x78 (- logits)))
 (< 0.0 ?x78)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (< 0.0 ?x455))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x275 (= 0.0 ?x455)))
 (not $x275)))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x275 (= 0.0 ?x455)))
 (not $x275)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (let (($x300 (not $x177)))
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x441 (< 0.0 ?x455)))
 (not (and $x441 $x300))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x78 (- logits)))
 (= 0.0 ?x78)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (< 0.0 ?x455))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (< 0.0 ?x482))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x275 (= 0.0 ?x455)))
 (not $x275)))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x275 (= 0.0 ?x455)))
 (not $x275)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (< 0.0 ?x482))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (< 0.0 ?x455))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (< 0.0 ?x482))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x275 (= 0.0 ?x455)))
 (not $x275)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x275 (= 0.0 ?x455)))
 (not $x275)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (let (($x300 (not $x177)))
 (let (($x143 (< 0.0 ?x482)))
 (let ((?x501 (* 1.0 exp!1)))
 (let ((?x455 (+ 1.0 ?x501)))
 (let (($x441 (< 0.0 ?x455)))
 (not (and $x441 $x143 $x300)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x78 (- logits)))
 (> 0.0 ?x78)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (< 0.0 ?x482))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (let (($x300 (not $x177)))
 (let (($x143 (< 0.0 ?x482)))
 (not (and $x143 $x300))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x78 (- logits)))
 (> 0.0 ?x78)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (< 0.0 ?x482))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (not $x177)))))
(assert
 (let ((?x72 (/ 1.0 exp!1)))
 (let ((?x482 (+ 1.0 ?x72)))
 (let (($x177 (= 0.0 ?x482)))
 (let (($x300 (not $x177)))
 (let (($x143 (< 0.0 ?x482)))
 (not (and $x143 $x300))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)

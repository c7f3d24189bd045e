; certjax: rule estimators.score_Poisson, obligation 'second_order.hessian_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!7 () Real)
(declare-fun lgamma!13 () Real)
(assert
 (let (($x10 (<= 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x10))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (+ z 1.0)))
 (let ((?x15 (to_real (to_int ?x12))))
 (let (($x18 (= ?x15 ?x12)))
 (let (($x14 (>= 0.0 ?x12)))
 (let (($x17 (and $x14 $x18)))
 (not $x17)))))))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (+ z 1.0)))
 (let ((?x15 (to_real (to_int ?x12))))
 (let (($x18 (= ?x15 ?x12)))
 (let (($x14 (>= 0.0 ?x12)))
 (let (($x17 (and $x14 $x18)))
 (not $x17)))))))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let ((?x151 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x152 (* (/ 1.0 2.0) ?x151)))
 (let ((?x114 (/ (/ 1.0 exp!2) exp!3)))
 (let ((?x140 (* ?x114 exp!4)))
 (let ((?x153 (* ?x140 ?x152)))
 (let ((?x39 (/ 1.0 rate)))
 (let ((?x40 (* z ?x39)))
 (let ((?x42 (+ ?x40 (- 1.0))))
 (let ((?x145 (* ?x140 ?x42)))
 (let ((?x149 (* |g2[0]| ?x145)))
 (let ((?x154 (+ ?x149 ?x153)))
 (let ((?x146 (* ?x42 ?x145)))
 (let ((?x75 (/ 1.0 (* rate rate))))
 (let ((?x142 (- ?x75)))
 (let ((?x143 (* z ?x142)))
 (let ((?x144 (* ?x140 ?x143)))
 (let ((?x147 (+ ?x144 ?x146)))
 (let ((?x148 (* f2 ?x147)))
 (let ((?x150 (+ ?x148 ?x149)))
 (let ((?x155 (+ ?x150 ?x154)))
 (let ((?x79 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x80 (+ ?x79 ?x79)))
 (let ((?x70 (* f2 1.0)))
 (let ((?x69 (* 0.0 1.0)))
 (let ((?x71 (+ ?x69 ?x70)))
 (let ((?x72 (* z ?x71)))
 (let ((?x73 (- ?x72)))
 (let ((?x76 (* ?x73 ?x75)))
 (let ((?x62 (* |g2[0]| 1.0)))
 (let ((?x45 (* ?x42 1.0)))
 (let ((?x61 (* f2 ?x45)))
 (let ((?x63 (+ ?x61 ?x62)))
 (let ((?x59 (* 0.0 ?x45)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x67 (* z ?x64)))
 (let ((?x68 (/ ?x67 rate)))
 (let ((?x77 (+ ?x68 ?x76)))
 (let ((?x65 (- ?x64)))
 (let ((?x57 (* |g2[0]| ?x45)))
 (let ((?x46 (* (/ 1.0 2.0) ?x45)))
 (let ((?x47 (* 0.0 ?x46)))
 (let ((?x49 (+ (- 1.0) 1.0)))
 (let ((?x50 (* (/ 1.0 2.0) ?x49)))
 (let ((?x53 (+ ?x50 ?x47)))
 (let ((?x54 (* |h2[0,0]| ?x53)))
 (let ((?x51 (* |h2[0,0]| ?x50)))
 (let ((?x52 (+ ?x47 ?x51)))
 (let ((?x55 (+ ?x52 ?x54)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x66 (+ ?x58 ?x65)))
 (let ((?x78 (+ ?x66 ?x77)))
 (let ((?x81 (+ ?x78 ?x80)))
 (let ((?x141 (* ?x140 ?x81)))
 (or (and (distinct ?x141 ?x155) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!7 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!7)))
(assert
 (let (($x30 (= exp!1 rate)))
 (let (($x29 (> rate 0.0)))
 (=> $x29 $x30))))
(assert
 (= (< rate log!7) (< exp!2 exp!1)))
(assert
 (= (< log!7 rate) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> rate 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (>= exp!2 (+ 1.0 rate)))
(assert
 (= (< lgamma!13 log!7) (< exp!3 exp!1)))
(assert
 (= (< log!7 lgamma!13) (< exp!1 exp!3)))
(assert
 (= (< lgamma!13 rate) (< exp!3 exp!2)))
(assert
 (= (< rate lgamma!13) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!13 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!13)))
(assert
 (= (< (* z log!7) log!7) (< exp!4 exp!1)))
(assert
 (= (< log!7 (* z log!7)) (< exp!1 exp!4)))
(assert
 (= (< (* z log!7) rate) (< exp!4 exp!2)))
(assert
 (= (< rate (* z log!7)) (< exp!2 exp!4)))
(assert
 (= (< (* z log!7) lgamma!13) (< exp!4 exp!3)))
(assert
 (= (< lgamma!13 (* z log!7)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* z log!7) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* z log!7))))
(check-sat)
(pop 1)

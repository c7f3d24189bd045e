; certjax: rule estimators.score_constant_baseline_Beta, obligation 'second_order.hessian_identity[2]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun digamma!52 () Real)
(declare-fun digamma!46 () Real)
(declare-fun digamma!42 () Real)
(declare-fun log!21 () Real)
(declare-fun log!16 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!48 () Real)
(declare-fun polygamma!44 () Real)
(declare-fun polygamma!53 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun lgamma!24 () Real)
(declare-fun lgamma!25 () Real)
(declare-fun lgamma!28 () Real)
(assert
 (let (($x14 (> 1.0 z)))
 (let (($x12 (< 0.0 z)))
 (let (($x15 (and $x12 $x14)))
 (let (($x9 (< 0.0 concentration0)))
 (let (($x7 (< 0.0 concentration1)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x15))))))))
(assert
 (< 0.0 z))
(assert
 (let ((?x17 (- z)))
 (let ((?x18 (+ 1.0 ?x17)))
 (< 0.0 ?x18))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (< 0.0 z))
(assert
 (let ((?x17 (- z)))
 (let ((?x18 (+ 1.0 ?x17)))
 (< 0.0 ?x18))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x366 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x367 (* (/ 1.0 2.0) ?x366)))
 (let ((?x289 (* (* (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x334 (* ?x289 exp!7)))
 (let ((?x368 (* ?x334 ?x367)))
 (let ((?x109 (- digamma!52)))
 (let ((?x97 (* 0.0 digamma!46)))
 (let ((?x103 (+ digamma!42 ?x97)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x94 (* log!21 0.0)))
 (let ((?x95 (+ log!16 ?x94)))
 (let ((?x112 (+ ?x95 ?x111)))
 (let ((?x360 (* ?x334 ?x112)))
 (let ((?x365 (* |g2[1]| ?x360)))
 (let ((?x369 (+ ?x365 ?x368)))
 (let ((?x338 (* 0.0 digamma!42)))
 (let ((?x339 (+ ?x338 digamma!46)))
 (let ((?x340 (+ ?x339 ?x109)))
 (let ((?x341 (- ?x340)))
 (let ((?x336 (* log!16 0.0)))
 (let ((?x337 (+ log!21 ?x336)))
 (let ((?x342 (+ ?x337 ?x341)))
 (let ((?x361 (* ?x342 ?x360)))
 (let ((?x160 (* 0.0 polygamma!48)))
 (let ((?x355 (* 0.0 polygamma!44)))
 (let ((?x356 (+ ?x355 ?x160)))
 (let ((?x346 (- polygamma!53)))
 (let ((?x357 (+ ?x346 ?x356)))
 (let ((?x358 (- ?x357)))
 (let ((?x359 (* ?x334 ?x358)))
 (let ((?x362 (+ ?x359 ?x361)))
 (let ((?x136 (- b)))
 (let ((?x345 (+ f2 ?x136)))
 (let ((?x363 (* ?x345 ?x362)))
 (let ((?x343 (* ?x334 ?x342)))
 (let ((?x344 (* |g2[0]| ?x343)))
 (let ((?x364 (+ ?x344 ?x363)))
 (let ((?x370 (+ ?x364 ?x369)))
 (let ((?x168 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x167 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x169 (+ ?x167 ?x168)))
 (let ((?x141 (* |g2[0]| 1.0)))
 (let ((?x115 (* ?x112 1.0)))
 (let ((?x139 (* f2 ?x115)))
 (let ((?x142 (+ ?x139 ?x141)))
 (let ((?x137 (* ?x115 ?x136)))
 (let ((?x143 (+ ?x137 ?x142)))
 (let ((?x165 (* log!21 ?x143)))
 (let ((?x146 (* f2 1.0)))
 (let ((?x145 (* 1.0 ?x136)))
 (let ((?x147 (+ ?x145 ?x146)))
 (let ((?x161 (- ?x147)))
 (let ((?x162 (* ?x160 ?x161)))
 (let ((?x152 (- ?x143)))
 (let ((?x153 (* digamma!46 ?x152)))
 (let ((?x163 (+ ?x153 ?x162)))
 (let ((?x149 (* polygamma!53 ?x147)))
 (let ((?x144 (* digamma!52 ?x143)))
 (let ((?x150 (+ ?x144 ?x149)))
 (let ((?x133 (* |g2[1]| ?x115)))
 (let ((?x116 (* (/ 1.0 2.0) ?x115)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x119 (+ (- 1.0) 1.0)))
 (let ((?x120 (* (/ 1.0 2.0) ?x119)))
 (let ((?x127 (* 0.0 ?x120)))
 (let ((?x128 (+ ?x127 ?x117)))
 (let ((?x129 (* |h2[1,1]| ?x128)))
 (let ((?x124 (+ ?x120 ?x117)))
 (let ((?x125 (* |h2[0,1]| ?x124)))
 (let ((?x130 (+ ?x125 ?x129)))
 (let ((?x121 (* |h2[1,0]| ?x120)))
 (let ((?x122 (+ ?x117 ?x121)))
 (let ((?x131 (+ ?x122 ?x130)))
 (let ((?x134 (+ ?x131 ?x133)))
 (let ((?x151 (+ ?x134 ?x150)))
 (let ((?x164 (+ ?x151 ?x163)))
 (let ((?x166 (+ ?x164 ?x165)))
 (let ((?x170 (+ ?x166 ?x169)))
 (let ((?x335 (* ?x334 ?x170)))
 (or (and (distinct ?x335 ?x370) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!16 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!16)))
(assert
 (=> (> z 0.0) (= exp!1 z)))
(assert
 (= (< log!21 log!16) (< exp!2 exp!1)))
(assert
 (= (< log!16 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> (+ 1.0 (- z)) 0.0) (= exp!2 (+ 1.0 (- z)))))
(assert
 (=> (and (= concentration0 concentration1)) (= lgamma!25 lgamma!24)))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= lgamma!28 lgamma!24))))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= lgamma!28 lgamma!25))))
(assert
 (=> (and (= concentration1 concentration0)) (= digamma!42 digamma!46)))
(assert
 (let (($x86 (and (= (+ concentration1 concentration0) concentration0))))
 (=> $x86 (= digamma!52 digamma!46))))
(assert
 (let (($x82 (and (= (+ concentration1 concentration0) concentration1))))
 (=> $x82 (= digamma!52 digamma!42))))
(assert
 (let (($x155 (= 1.0 1.0)))
 (=> (and $x155 (= concentration0 (+ concentration1 concentration0))) (= polygamma!48 polygamma!53))))
(assert
 (= (< lgamma!24 log!16) (< exp!3 exp!1)))
(assert
 (= (< log!16 lgamma!24) (< exp!1 exp!3)))
(assert
 (= (< lgamma!24 log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 lgamma!24) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!24 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!24)))
(assert
 (= (< lgamma!25 log!16) (< exp!4 exp!1)))
(assert
 (= (< log!16 lgamma!25) (< exp!1 exp!4)))
(assert
 (= (< lgamma!25 log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 lgamma!25) (< exp!2 exp!4)))
(assert
 (= (< lgamma!25 lgamma!24) (< exp!4 exp!3)))
(assert
 (= (< lgamma!24 lgamma!25) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!25 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!25)))
(assert
 (= (< lgamma!28 log!16) (< exp!5 exp!1)))
(assert
 (= (< log!16 lgamma!28) (< exp!1 exp!5)))
(assert
 (= (< lgamma!28 log!21) (< exp!5 exp!2)))
(assert
 (= (< log!21 lgamma!28) (< exp!2 exp!5)))
(assert
 (= (< lgamma!28 lgamma!24) (< exp!5 exp!3)))
(assert
 (= (< lgamma!24 lgamma!28) (< exp!3 exp!5)))
(assert
 (= (< lgamma!28 lgamma!25) (< exp!5 exp!4)))
(assert
 (= (< lgamma!25 lgamma!28) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!28 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!28)))
(assert
 (= (< (* concentration1 log!16) log!16) (< exp!6 exp!1)))
(assert
 (= (< log!16 (* concentration1 log!16)) (< exp!1 exp!6)))
(assert
 (= (< (* concentration1 log!16) log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 (* concentration1 log!16)) (< exp!2 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!24) (< exp!6 exp!3)))
(assert
 (= (< lgamma!24 (* concentration1 log!16)) (< exp!3 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!25) (< exp!6 exp!4)))
(assert
 (= (< lgamma!25 (* concentration1 log!16)) (< exp!4 exp!6)))
(assert
 (= (< (* concentration1 log!16) lgamma!28) (< exp!6 exp!5)))
(assert
 (= (< lgamma!28 (* concentration1 log!16)) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> (* concentration1 log!16) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (* concentration1 log!16))))
(assert
 (= (< (* concentration0 log!21) log!16) (< exp!7 exp!1)))
(assert
 (= (< log!16 (* concentration0 log!21)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration0 log!21) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration0 log!21)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!24) (< exp!7 exp!3)))
(assert
 (= (< lgamma!24 (* concentration0 log!21)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!25) (< exp!7 exp!4)))
(assert
 (= (< lgamma!25 (* concentration0 log!21)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration0 log!21) lgamma!28) (< exp!7 exp!5)))
(assert
 (= (< lgamma!28 (* concentration0 log!21)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration0 log!21) (* concentration1 log!16)) (< exp!7 exp!6)))
(assert
 (= (< (* concentration1 log!16) (* concentration0 log!21)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration0 log!21) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration0 log!21))))
(assert
 (let (($x155 (= 1.0 1.0)))
 (=> (and $x155 (= concentration1 (+ concentration1 concentration0))) (= polygamma!44 polygamma!53))))
(assert
 (=> (and (= 1.0 1.0) (= concentration1 concentration0)) (= polygamma!44 polygamma!48)))
(check-sat)
(pop 1)
